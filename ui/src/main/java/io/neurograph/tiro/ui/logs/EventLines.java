package io.neurograph.tiro.ui.logs;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.tiro.ui.support.Messages;
import java.time.Instant;
import java.util.stream.Collectors;

/** Engine events as log lines: batches and CDNA changes are news, single-item changes detail, refusals warnings. */
public final class EventLines {
    static final String SOURCE = "engine";

    private EventLines() {
    }

    public static LogEntry of(EngineEvent event, Messages m) {
        Instant time = Instant.ofEpochSecond(event.timestamp());
        return switch (event) {
            case EngineEvent.TokenCreated e -> debug(time, m.format("logs.event.tokenCreated", e.id()));
            case EngineEvent.TokensCreated e ->
                    info(time, m.format("logs.event.tokensCreated", e.firstId(), e.count()));
            case EngineEvent.TokenUpdated e -> debug(time, m.format("logs.event.tokenUpdated", e.id()));
            case EngineEvent.TokensPlaced e -> info(time, m.format("logs.event.tokensPlaced", e.space(), e.count()));
            case EngineEvent.TokenDeleted e -> debug(time, m.format("logs.event.tokenDeleted", e.id()));
            case EngineEvent.TokensCleared e -> info(time, m.format("logs.event.tokensCleared", e.count()));
            case EngineEvent.ConnectionCreated e ->
                    debug(time, m.format("logs.event.connectionCreated", e.id(), e.tokenA(), e.tokenB()));
            case EngineEvent.ConnectionsCreated e ->
                    info(time, m.format("logs.event.connectionsCreated", e.firstId(), e.count()));
            case EngineEvent.ConnectionUpdated e -> debug(time, m.format("logs.event.connectionUpdated", e.id()));
            case EngineEvent.ConnectionDeleted e -> debug(time, m.format("logs.event.connectionDeleted", e.id()));
            case EngineEvent.CdnaUpdated e ->
                    info(time, m.format("logs.event.cdnaUpdated", e.profile(), Long.toHexString(e.checksum())));
            case EngineEvent.CdnaRolledBack e -> new LogEntry(time, LogLevel.WARNING, SOURCE,
                    m.format("logs.event.cdnaRolledBack", e.profile(), Long.toHexString(e.checksum()), e.reason()));
            case EngineEvent.ValidationFailed e -> new LogEntry(time, LogLevel.WARNING, SOURCE,
                    m.format("logs.event.validationFailed", e.subject(), e.id(), String.join("; ", e.errors())));
            case EngineEvent.QuarantineStarted e ->
                    info(time, m.format("logs.event.quarantineStarted", e.profile(), e.durationSeconds()));
            case EngineEvent.QuarantineEnded e -> e.accepted()
                    ? info(time, m.get("logs.event.quarantineAccepted"))
                    : new LogEntry(time, LogLevel.WARNING, SOURCE, m.format("logs.event.quarantineRolledBack",
                    e.reason()));
            case EngineEvent.ModuleSwitched e -> info(time, m.format(e.enabled() ? "logs.event.moduleEnabled"
                    : "logs.event.moduleDisabled", e.module()));
            case EngineEvent.ModuleConfigured e -> info(time, m.format("logs.event.moduleConfigured", e.module(),
                    e.changed().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining(", "))));
        };
    }

    private static LogEntry info(Instant time, String message) {
        return new LogEntry(time, LogLevel.INFO, SOURCE, message);
    }

    private static LogEntry debug(Instant time, String message) {
        return new LogEntry(time, LogLevel.DEBUG, SOURCE, message);
    }
}

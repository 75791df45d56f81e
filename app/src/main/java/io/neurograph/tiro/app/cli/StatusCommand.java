package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineStatus;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

@Command(name = "status", description = "Show the engine state, counts and the active CDNA.")
final class StatusCommand extends EngineCommand {
    StatusCommand(CliSession session) {
        super(session);
    }

    @Override
    protected void run(Engine engine, CliOutput out) {
        EngineStatus s = engine.status();
        out.result(s, String.join("\n",
                "Engine       " + s.state(),
                "Data folder  " + (s.dataDir() == null ? "(in memory)" : s.dataDir()),
                "Tokens       " + s.tokenCount(),
                "Connections  " + s.connectionCount(),
                "CDNA         " + s.cdnaProfile() + String.format(" (checksum %016x, %d earlier versions)",
                        s.cdnaChecksum(), s.cdnaHistorySize()),
                "Quarantine   " + (s.quarantineActive() ? "trial running" : "none"),
                String.format("Heap         %d / %d MiB", s.heapUsedBytes() >> 20, s.heapMaxBytes() >> 20))
                + disabled(engine));
    }

    /** The parts switched off (not those this build lacks), so a quiet part is not mistaken for a broken one. */
    private static String disabled(Engine engine) {
        String off = engine.moduleSwitches().list().stream()
                .filter(m -> m.id().available() && !m.enabled())
                .map(m -> m.id().key())
                .collect(Collectors.joining(", "));
        return off.isEmpty() ? "" : "\nDisabled     " + off + " (tiro modules enable ID)";
    }
}

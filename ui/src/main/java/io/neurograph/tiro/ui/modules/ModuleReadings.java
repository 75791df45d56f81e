package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.EngineStatus;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.guardian.GuardianStats;
import io.neurograph.engine.intuition.IntuitionConfig;
import io.neurograph.engine.intuition.IntuitionStats;
import io.neurograph.tiro.ui.support.Messages;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Reads the engine's parts and settings into rows; runs on a background thread (some reads take the writer lock). */
final class ModuleReadings {
    private static final double MIB = 1024 * 1024;

    private ModuleReadings() {
    }

    static List<ModuleRow> modules(Engine engine, Messages m) throws IOException {
        EngineStatus status = engine.status();
        GuardianStats guardian = engine.guardian().stats();
        IntuitionStats intuition = engine.intuition().stats();
        String running = m.get("modules.status.running");
        List<ModuleRow> rows = new ArrayList<>();
        rows.add(row(Component.TOKEN_STORE, m, status.dataDir() == null ? m.get("modules.status.inMemory") : running,
                m.format("modules.metrics.tokens", status.tokenCount(), status.nextTokenId())));
        rows.add(row(Component.CONNECTIONS, m, running, m.format("modules.metrics.connections",
                status.connectionCount())));
        rows.add(row(Component.GRID, m, running, m.format("modules.metrics.grid", engine.grid().size())));
        rows.add(row(Component.GRAPH, m, running, m.format("modules.metrics.graph", engine.graph().nodeCount(),
                engine.graph().edgeCount())));
        rows.add(row(Component.GUARDIAN, m, running, m.format("modules.metrics.guardian",
                guardian.tokensValidated() + guardian.connectionsValidated(),
                guardian.tokensRejected() + guardian.connectionsRejected(), guardian.memoryUsagePercent())));
        rows.add(row(Component.CDNA, m, status.quarantineActive() ? m.get("modules.status.trial") : running,
                m.format("modules.metrics.cdna", status.cdnaProfile(), Long.toHexString(status.cdnaChecksum()),
                        status.cdnaHistorySize())));
        rows.add(row(Component.INTUITION, m, m.get("modules.status.onDemand"), m.format("modules.metrics.intuition",
                intuition.experience().size(), intuition.slowPath().cycles(), intuition.hitRate())));
        rows.add(bootstrap(status.dataDir(), m));
        rows.add(row(Component.CAPSULE_RUNTIME, m, m.get("modules.status.perModel"), m.get("modules.metrics.none")));
        rows.add(row(Component.API_SERVER, m, m.get("modules.status.notAvailable"), m.get("modules.metrics.none")));
        return rows;
    }

    private static ModuleRow bootstrap(Path dataDir, Messages m) throws IOException {
        if (dataDir == null) {
            return row(Component.BOOTSTRAP, m, m.get("modules.status.inMemory"), m.get("modules.metrics.none"));
        }
        Path vectors = dataDir.resolve(BootstrapJob.FOLDER).resolve(BootstrapJob.VECTORS_FILE);
        return Files.exists(vectors)
                ? row(Component.BOOTSTRAP, m, m.get("modules.status.ready"),
                m.format("modules.metrics.bootstrap", Files.size(vectors) / MIB))
                : row(Component.BOOTSTRAP, m, m.get("modules.status.notRun"), m.get("modules.metrics.none"));
    }

    private static ModuleRow row(Component c, Messages m, String status, String metrics) {
        return new ModuleRow(c, m.get(c.nameKey()), status, metrics, m.get(c.toggle().reasonKey()));
    }

    /** Every setting of the engine, Guardian and IntuitionEngine configuration, by record component. */
    static List<ConfigRow> configuration(EngineConfig config) {
        List<ConfigRow> rows = new ArrayList<>();
        addRecord(rows, "EngineConfig", config);
        addRecord(rows, "GuardianConfig", config.guardian());
        addRecord(rows, "IntuitionConfig", config.intuition());
        return rows;
    }

    private static void addRecord(List<ConfigRow> rows, String section, Record value) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + section + "." + c.getName(), e);
            }
            if (v instanceof GuardianConfig || v instanceof IntuitionConfig) {
                continue; // a section of its own
            }
            text(v).ifPresent(t -> rows.add(new ConfigRow(section, c.getName(), t)));
        }
    }

    /** A setting as a user reads it; hooks such as the clock or the memory probe are not settings and are left out. */
    private static Optional<String> text(Object v) {
        return switch (v) {
            case null -> Optional.of("—");
            case OptionalLong o -> Optional.of(o.isPresent() ? String.format("%,d", o.getAsLong()) : "—");
            case OptionalInt o -> Optional.of(o.isPresent() ? String.format("%,d", o.getAsInt()) : "—");
            case OptionalDouble o -> Optional.of(o.isPresent() ? String.valueOf(o.getAsDouble()) : "—");
            case Optional<?> o -> o.isPresent() ? text(o.get()) : Optional.of("—");
            case Long n -> Optional.of(String.format("%,d", n));
            case Integer n -> Optional.of(String.format("%,d", n));
            case Number n -> Optional.of(n.toString());
            case Boolean b -> Optional.of(b.toString());
            case CharSequence t -> Optional.of(t.toString());
            case Enum<?> e -> Optional.of(e.name());
            case Path p -> Optional.of(p.toString());
            case Duration d -> Optional.of(d.toString());
            default -> Optional.empty();
        };
    }
}

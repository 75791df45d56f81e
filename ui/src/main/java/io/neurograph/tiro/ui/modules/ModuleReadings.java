package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.EngineStatus;
import io.neurograph.engine.ModelRuntimes;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.event.EventBus;
import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.guardian.GuardianStats;
import io.neurograph.engine.intuition.IntuitionConfig;
import io.neurograph.engine.intuition.IntuitionStats;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleSetting;
import io.neurograph.engine.module.ModuleState;
import io.neurograph.tiro.ui.support.Messages;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the engine's parts and settings into rows; runs on a background thread (some reads take the writer lock). */
final class ModuleReadings {
    private static final double MIB = 1024 * 1024;
    /** Where a camelCase component name gets an underscore in its snake_case setting key. */
    private static final Pattern SNAKE = Pattern.compile("([A-Z])");

    private ModuleReadings() {
    }

    static List<ModuleRow> modules(Engine engine, Messages m) throws IOException {
        EngineStatus status = engine.status();
        GuardianStats guardian = engine.guardian().stats();
        IntuitionStats intuition = engine.intuition().stats();
        EventBus events = engine.events();
        String running = m.get("modules.status.running");
        List<ModuleRow> rows = new ArrayList<>();
        for (ModuleState part : engine.moduleSwitches().list()) {
            rows.add(switch (part.id()) {
                case TOKEN_MANAGER -> row(part, m, status.dataDir() == null ? m.get("modules.status.inMemory")
                        : running, m.format("modules.metrics.tokens", status.tokenCount(), status.nextTokenId()));
                case CONNECTION_MANAGER -> row(part, m, running, m.format("modules.metrics.connections",
                        status.connectionCount()));
                case GRID -> row(part, m, running, m.format("modules.metrics.grid", engine.grid().size()));
                case GRAPH -> row(part, m, running, m.format("modules.metrics.graph", engine.graph().nodeCount(),
                        engine.graph().edgeCount()));
                case GUARDIAN -> row(part, m, running, m.format("modules.metrics.guardian",
                        guardian.tokensValidated() + guardian.connectionsValidated(),
                        guardian.tokensRejected() + guardian.connectionsRejected(), guardian.memoryUsagePercent()));
                case CDNA -> row(part, m, status.quarantineActive() ? m.get("modules.status.trial") : running,
                        m.format("modules.metrics.cdna", status.cdnaProfile(), Long.toHexString(status.cdnaChecksum()),
                                status.cdnaHistorySize()));
                case INTUITION_ENGINE -> row(part, m, switched(part, m, "modules.status.onDemand"),
                        m.format("modules.metrics.intuition", intuition.experience().size(),
                                intuition.slowPath().cycles(), intuition.hitRate()));
                case SIGNAL_SYSTEM -> row(part, m, switched(part, m, "modules.status.delivering"),
                        m.format("modules.metrics.eventBus", events.subscriberCount(), events.queuedEvents(),
                                events.suppressed()));
                case BOOTSTRAP -> bootstrap(part, status.dataDir(), m);
                case CAPSULE_RUNTIME -> capsuleRuntime(part, engine.models().stats(), m);
                case API_SERVER -> row(part, m, m.get("modules.status.notAvailable"), m.get("modules.metrics.none"));
            });
        }
        return rows;
    }

    /** The status of a part that can be switched: {@code onKey} while it works. */
    private static String switched(ModuleState part, Messages m, String onKey) {
        return m.get(part.enabled() ? onKey : "modules.status.disabled");
    }

    /** The runtimes the app has open (the Chat's sentence model, a model run) and their capsule traffic. */
    private static ModuleRow capsuleRuntime(ModuleState part, ModelRuntimes.Stats s, Messages m) {
        String status = s.openRuntimes() == 0 ? m.get("modules.status.perModel")
                : m.format("modules.status.runtimesOpen", s.openRuntimes());
        return row(part, m, status, m.format("modules.metrics.capsuleRuntime", s.loadedCapsules(), s.capsuleLoads(),
                s.capsuleEvictions()));
    }

    private static ModuleRow bootstrap(ModuleState part, Path dataDir, Messages m) throws IOException {
        if (dataDir == null) {
            return row(part, m, m.get("modules.status.inMemory"), m.get("modules.metrics.none"));
        }
        Path vectors = dataDir.resolve(BootstrapJob.FOLDER).resolve(BootstrapJob.VECTORS_FILE);
        return Files.exists(vectors)
                ? row(part, m, m.get("modules.status.ready"),
                m.format("modules.metrics.bootstrap", Files.size(vectors) / MIB))
                : row(part, m, m.get("modules.status.notRun"), m.get("modules.metrics.none"));
    }

    private static ModuleRow row(ModuleState part, Messages m, String status, String metrics) {
        ModuleTexts texts = ModuleTexts.of(part.id());
        return new ModuleRow(part.id(), m.get(texts.nameKey()), status, metrics, part.enabled(),
                part.id().canDisable(), m.get(texts.noteKey()),
                texts.warningKey() == null ? null : m.get(texts.warningKey()));
    }

    /**
     * The settings of the engine, Guardian and IntuitionEngine configuration fixed when the engine opened, by record
     * component: those the engine lets change while it runs are left to the settings form.
     */
    static List<ConfigRow> fixedConfiguration(Engine engine) {
        EngineConfig config = engine.config();
        List<ConfigRow> rows = new ArrayList<>();
        addRecord(rows, "EngineConfig", config, Set.of());
        addRecord(rows, "GuardianConfig", config.guardian(), liveKeys(engine, ModuleId.GUARDIAN));
        addRecord(rows, "IntuitionConfig", config.intuition(), liveKeys(engine, ModuleId.INTUITION_ENGINE));
        return rows;
    }

    private static Set<String> liveKeys(Engine engine, ModuleId id) {
        return engine.moduleSettings().config(id).stream().map(ModuleSetting::key).collect(Collectors.toSet());
    }

    /** @param live the snake_case keys of the components that can change while the engine runs */
    private static void addRecord(List<ConfigRow> rows, String section, Record value, Set<String> live) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            if (live.contains(SNAKE.matcher(c.getName()).replaceAll("_$1").toLowerCase(Locale.ROOT))) {
                continue;
            }
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

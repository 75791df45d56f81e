package io.neurograph.engine;

import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.guardian.MemoryProbe;
import io.neurograph.engine.intuition.IntuitionConfig;
import io.neurograph.engine.util.Clock;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to open an {@link Engine}.
 *
 * @param dataDir     the data folder holding {@code tiro.db}; null keeps everything in memory only
 * @param clock       wall clock in Unix seconds (replaceable in tests)
 * @param guardian    validation, event and quota settings
 * @param memoryProbe how the Guardian measures memory for its quota
 * @param intuition   the IntuitionEngine's settings
 */
public record EngineConfig(Path dataDir, Clock clock, GuardianConfig guardian, MemoryProbe memoryProbe,
                           IntuitionConfig intuition) {
    public EngineConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(guardian, "guardian");
        Objects.requireNonNull(memoryProbe, "memoryProbe");
        Objects.requireNonNull(intuition, "intuition");
    }

    /** With the default IntuitionEngine settings. */
    public EngineConfig(Path dataDir, Clock clock, GuardianConfig guardian, MemoryProbe memoryProbe) {
        this(dataDir, clock, guardian, memoryProbe, IntuitionConfig.DEFAULTS);
    }

    /** Persistent engine in {@code dataDir} with default settings. */
    public static EngineConfig at(Path dataDir) {
        return new EngineConfig(Objects.requireNonNull(dataDir, "dataDir"), Clock.SYSTEM, GuardianConfig.forJvm(),
                MemoryProbe.JVM_HEAP);
    }

    /** Engine without persistence, for tests and benchmarks. */
    public static EngineConfig inMemory() {
        return new EngineConfig(null, Clock.SYSTEM, GuardianConfig.forJvm(), MemoryProbe.JVM_HEAP);
    }

    public EngineConfig withClock(Clock c) {
        return new EngineConfig(dataDir, c, guardian, memoryProbe, intuition);
    }

    public EngineConfig withGuardian(GuardianConfig g) {
        return new EngineConfig(dataDir, clock, g, memoryProbe, intuition);
    }

    public EngineConfig withMemoryProbe(MemoryProbe m) {
        return new EngineConfig(dataDir, clock, guardian, m, intuition);
    }

    public EngineConfig withIntuition(IntuitionConfig i) {
        return new EngineConfig(dataDir, clock, guardian, memoryProbe, i);
    }
}

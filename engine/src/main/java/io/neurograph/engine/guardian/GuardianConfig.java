package io.neurograph.engine.guardian;

import java.util.OptionalLong;

/**
 * Guardian settings (upstream §6.1 defaults). {@code maxEventQueue} is the capacity to give event
 * subscriptions and {@code maxHistorySize} the CDNA history length; whoever wires the engine passes
 * them on. Quotas are off when empty. Writes are refused once memory use reaches
 * {@code memoryThreshold} of {@code maxMemoryBytes}.
 */
public record GuardianConfig(
        boolean enableValidation,
        boolean enableEvents,
        int maxEventQueue,
        int maxHistorySize,
        OptionalLong maxTokens,
        OptionalLong maxMemoryBytes,
        boolean enableAggressiveCleanup,
        double memoryThreshold) {

    public static final GuardianConfig DEFAULTS = new GuardianConfig(true, true, 10_000, 100,
            OptionalLong.of(10_000_000), OptionalLong.of(1_024_000_000), true, 0.8);

    /**
     * The defaults with the memory quota set to the JVM's maximum heap instead of upstream's fixed 1 024 000 000
     * bytes: the heap is what can actually run out, and a user who gives the JVM more memory (-Xmx, or the
     * desktop app's Settings) expects the engine to use it. A 400 000-word bootstrap needs more than 1 GB.
     */
    public static GuardianConfig forJvm() {
        return DEFAULTS.withMaxMemoryBytes(Runtime.getRuntime().maxMemory());
    }

    public GuardianConfig withMaxMemoryBytes(long bytes) {
        return new GuardianConfig(enableValidation, enableEvents, maxEventQueue, maxHistorySize, maxTokens,
                OptionalLong.of(bytes), enableAggressiveCleanup, memoryThreshold);
    }

    public GuardianConfig {
        if (maxEventQueue <= 0) {
            throw new IllegalArgumentException("maxEventQueue must be > 0, got " + maxEventQueue);
        }
        if (maxHistorySize <= 0) {
            throw new IllegalArgumentException("maxHistorySize must be > 0, got " + maxHistorySize);
        }
        if (maxTokens.isPresent() && maxTokens.getAsLong() < 0) {
            throw new IllegalArgumentException("maxTokens must be ≥ 0, got " + maxTokens.getAsLong());
        }
        if (maxMemoryBytes.isPresent() && maxMemoryBytes.getAsLong() <= 0) {
            throw new IllegalArgumentException("maxMemoryBytes must be > 0, got " + maxMemoryBytes.getAsLong());
        }
        if (!(memoryThreshold > 0 && memoryThreshold <= 1)) {
            throw new IllegalArgumentException("memoryThreshold must be within (0, 1], got " + memoryThreshold);
        }
    }
}

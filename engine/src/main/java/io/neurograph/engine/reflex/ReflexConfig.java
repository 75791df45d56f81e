package io.neurograph.engine.reflex;

import java.util.Objects;

/**
 * Settings of the {@link ReflexLayer}.
 *
 * @param enabled       false turns the fast path off (upstream: module disabled or enable_fast_path false)
 * @param memoryEntries the associative memory's LRU bound, in cells
 */
public record ReflexConfig(boolean enabled, ShiftConfig shifts, FastPathConfig fastPath, AdaptiveTuningConfig tuning,
                           int memoryEntries) {
    public static final ReflexConfig DEFAULTS = new ReflexConfig(true, ShiftConfig.DEFAULT, FastPathConfig.DEFAULTS,
            AdaptiveTuningConfig.DEFAULTS, 100_000);

    public ReflexConfig {
        Objects.requireNonNull(shifts, "shifts");
        Objects.requireNonNull(fastPath, "fastPath");
        Objects.requireNonNull(tuning, "tuning");
        if (memoryEntries < 1) {
            throw new IllegalArgumentException("memoryEntries must be ≥ 1, got " + memoryEntries);
        }
    }
}

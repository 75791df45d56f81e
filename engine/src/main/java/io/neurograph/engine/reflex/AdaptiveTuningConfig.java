package io.neurograph.engine.reflex;

/**
 * When the {@link AdaptiveTuner} changes the hash shifts (upstream defaults): every
 * {@code tuningInterval} lookups, a hit rate above 0 but below {@code minHitRate} makes cells coarser;
 * otherwise a collision rate above {@code maxCollisionRate} makes them finer.
 */
public record AdaptiveTuningConfig(double minHitRate, double maxCollisionRate, long tuningInterval, boolean enabled) {
    public static final AdaptiveTuningConfig DEFAULTS = new AdaptiveTuningConfig(0.3, 0.15, 1000, true);

    public AdaptiveTuningConfig {
        if (tuningInterval < 1) {
            throw new IllegalArgumentException("tuningInterval must be ≥ 1 lookup, got " + tuningInterval);
        }
        if (!(minHitRate >= 0 && minHitRate <= 1) || !(maxCollisionRate >= 0 && maxCollisionRate <= 1)) {
            throw new IllegalArgumentException("minHitRate and maxCollisionRate are rates 0..1, got " + minHitRate + " and "
                    + maxCollisionRate);
        }
    }
}

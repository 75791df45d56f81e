package io.neurograph.engine.intuition;

/**
 * Settings of the {@link EvolutionManager} (upstream defaults: 10 proposals per second, confidence
 * ≥ 0.75, expected impact ≥ 0.1, a queue of 100).
 */
public record EvolutionConfig(int maxProposalsPerSecond, double minConfidence, double minExpectedImpact,
                              int queueCapacity) {
    public static final EvolutionConfig DEFAULTS = new EvolutionConfig(10, 0.75, 0.1, 100);

    public EvolutionConfig {
        if (maxProposalsPerSecond < 1) {
            throw new IllegalArgumentException("maxProposalsPerSecond must be ≥ 1, got " + maxProposalsPerSecond);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be ≥ 1, got " + queueCapacity);
        }
        if (!Double.isFinite(minConfidence) || !Double.isFinite(minExpectedImpact)) {
            throw new IllegalArgumentException("minConfidence and minExpectedImpact must be finite, got "
                    + minConfidence + " and " + minExpectedImpact);
        }
    }
}

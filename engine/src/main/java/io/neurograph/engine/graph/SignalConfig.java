package io.neurograph.engine.graph;

import java.util.Objects;

/**
 * Parameters of spreading activation.
 *
 * @param minEnergy transfers weaker than this are dropped (0..1)
 * @param decayRate fraction of energy lost per hop (0..1)
 * @param maxDepth most hops from the source (≥ 1)
 * @param activationThreshold nodes below this energy are not reported (≥ 0)
 * @param accumulation how several transfers into one node combine
 */
public record SignalConfig(float minEnergy, float decayRate, int maxDepth, float activationThreshold,
        AccumulationMode accumulation) {
    /** Upstream defaults: 0.01, 0.2, 5, 0.1, SUM. */
    public static final SignalConfig DEFAULTS = new SignalConfig(0.01f, 0.2f, 5, 0.1f, AccumulationMode.SUM);

    public SignalConfig {
        if (!(minEnergy >= 0 && minEnergy <= 1)) {
            throw new IllegalArgumentException("minEnergy must be in [0, 1], got " + minEnergy);
        }
        if (!(decayRate >= 0 && decayRate <= 1)) {
            throw new IllegalArgumentException("decayRate must be in [0, 1], got " + decayRate);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1, got " + maxDepth);
        }
        if (!(activationThreshold >= 0) || !Float.isFinite(activationThreshold)) {
            throw new IllegalArgumentException("activationThreshold must be finite and >= 0, got " + activationThreshold);
        }
        Objects.requireNonNull(accumulation, "accumulation mode must not be null");
    }

    public SignalConfig withAccumulation(AccumulationMode mode) {
        return new SignalConfig(minEnergy, decayRate, maxDepth, activationThreshold, mode);
    }

    public SignalConfig withMaxDepth(int depth) {
        return new SignalConfig(minEnergy, decayRate, depth, activationThreshold, accumulation);
    }
}

package io.neurograph.engine.intuition;

/**
 * How {@link ExperienceView#sampleBatch} picks events (upstream §7.2). Weighted strategies draw without
 * replacement in proportion to the weight; when the weights are all zero the draw is uniform. Event
 * {@code i} counts from 0 (oldest kept) to {@code N − 1} (newest).
 */
public sealed interface SamplingStrategy {

    /** Every event equally likely. */
    record Uniform() implements SamplingStrategy {
    }

    /** Weight {@code |total_reward|^alpha}: surprising outcomes are replayed more often. */
    record PrioritizedByReward(double alpha) implements SamplingStrategy {
        public PrioritizedByReward {
            requireFinite("alpha", alpha, 0);
        }
    }

    /** Weight {@code decay^(1 − i/N)}: with decay below 1, newer events are more likely. */
    record RecencyWeighted(double decay) implements SamplingStrategy {
        public RecencyWeighted {
            if (!(decay > 0) || Double.isInfinite(decay)) {
                throw new IllegalArgumentException("RecencyWeighted decay must be a finite number > 0, got " + decay);
            }
        }
    }

    /** Weight {@code max(0, |total_reward|·rewardWeight + (i/N)·recencyWeight)}. */
    record Mixed(double rewardWeight, double recencyWeight) implements SamplingStrategy {
        public Mixed {
            requireFinite("rewardWeight", rewardWeight, Double.NEGATIVE_INFINITY);
            requireFinite("recencyWeight", recencyWeight, Double.NEGATIVE_INFINITY);
        }
    }

    private static void requireFinite(String name, double v, double min) {
        if (!Double.isFinite(v) || v < min) {
            throw new IllegalArgumentException(name + " must be a finite number" + (min == 0 ? " ≥ 0" : "")
                    + ", got " + v);
        }
    }
}

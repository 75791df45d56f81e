package io.neurograph.engine.intuition;

import io.neurograph.engine.reflex.ReflexConfig;
import java.util.Objects;

/**
 * Settings of the {@link IntuitionEngine} (upstream IntuitionConfig defaults where upstream has them).
 * There is no analysis interval: the slow path runs when its owner calls {@code runCycle()}.
 *
 * @param streamCapacity        events the experience ring (and its table) keeps
 * @param batchSize             events sampled per slow-path cycle
 * @param minConfidence         patterns below it are not proposed
 * @param maxProposalsPerCycle  proposals sent per cycle at most
 * @param stateBinsPerDim       cells per state dimension
 * @param minSamples            events per action a comparison needs
 * @param minRewardDelta        smallest mean-reward difference worth a pattern
 * @param maxConnectionFeedback connections one accepted proposal may strengthen (ours: bounds the work)
 */
public record IntuitionConfig(int streamCapacity, int batchSize, SamplingStrategy sampling, double minConfidence,
                              int maxProposalsPerCycle, int stateBinsPerDim, int minSamples, double minRewardDelta,
                              int maxConnectionFeedback, Appraisers appraisers, EvolutionConfig evolution,
                              ReflexConfig reflex) {
    public static final IntuitionConfig DEFAULTS = new IntuitionConfig(ExperienceStream.DEFAULT_CAPACITY, 1000,
            new SamplingStrategy.PrioritizedByReward(1.0), 0.7, 5, 4, 10, 0.5, 32, Appraisers.DEFAULT,
            EvolutionConfig.DEFAULTS, ReflexConfig.DEFAULTS);

    public IntuitionConfig {
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(appraisers, "appraisers");
        Objects.requireNonNull(evolution, "evolution");
        Objects.requireNonNull(reflex, "reflex");
        if (batchSize < 1 || maxProposalsPerCycle < 0 || maxConnectionFeedback < 0) {
            throw new IllegalArgumentException("batchSize must be ≥ 1 and the per-cycle limits ≥ 0, got batchSize "
                    + batchSize + ", maxProposalsPerCycle " + maxProposalsPerCycle + ", maxConnectionFeedback "
                    + maxConnectionFeedback);
        }
    }

    public IntuitionConfig withStreamCapacity(int capacity) {
        return new IntuitionConfig(capacity, batchSize, sampling, minConfidence, maxProposalsPerCycle, stateBinsPerDim,
                minSamples, minRewardDelta, maxConnectionFeedback, appraisers, evolution, reflex);
    }

    public IntuitionConfig withEvolution(EvolutionConfig e) {
        return new IntuitionConfig(streamCapacity, batchSize, sampling, minConfidence, maxProposalsPerCycle,
                stateBinsPerDim, minSamples, minRewardDelta, maxConnectionFeedback, appraisers, e, reflex);
    }
}

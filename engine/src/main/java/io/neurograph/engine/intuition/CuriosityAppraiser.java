package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;

/**
 * Rewards novelty above a threshold: {@code r = weight · rewardMultiplier · (novelty − threshold)}.
 * Upstream also declares a habituation rate that its formula never reads; it is left out here.
 */
public record CuriosityAppraiser(float weight, float noveltyThreshold, float rewardMultiplier) implements Appraiser {
    public static final CuriosityAppraiser DEFAULT = new CuriosityAppraiser(0.2f, 0.3f, 1.0f);

    public CuriosityAppraiser {
        Appraiser.requireWeight("Curiosity", weight);
    }

    @Override
    public AppraiserType type() {
        return AppraiserType.CURIOSITY;
    }

    @Override
    public float appraise(ExperienceEvent event) {
        float novelty = event.state()[NOVELTY];
        return novelty > noveltyThreshold ? weight * rewardMultiplier * (novelty - noveltyThreshold) : 0f;
    }
}

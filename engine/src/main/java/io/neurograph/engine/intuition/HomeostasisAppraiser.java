package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;

/**
 * Penalises leaving the healthy ranges of cognitive load, certainty and coherence:
 * {@code r = −weight · penaltyMultiplier · Σ squared distance outside each range}.
 */
public record HomeostasisAppraiser(float weight, Range cognitiveLoad, Range certainty, Range coherence,
                                   float penaltyMultiplier) implements Appraiser {
    public static final HomeostasisAppraiser DEFAULT = new HomeostasisAppraiser(0.3f, new Range(0.2f, 0.7f),
            new Range(0.4f, 0.9f), new Range(0.5f, 1.0f), 1.0f);

    public HomeostasisAppraiser {
        Appraiser.requireWeight("Homeostasis", weight);
    }

    @Override
    public AppraiserType type() {
        return AppraiserType.HOMEOSTASIS;
    }

    @Override
    public float appraise(ExperienceEvent event) {
        float[] s = event.state();
        float penalty = cognitiveLoad.squaredDistance(s[COGNITIVE_LOAD]) + certainty.squaredDistance(s[CERTAINTY])
                + coherence.squaredDistance(s[COHERENCE]);
        return -weight * penaltyMultiplier * penalty;
    }
}

package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;

/**
 * Rewards positive valence (upstream's MVP goal appraiser): {@code weight · v} above 0.5, half that
 * for 0 < v ≤ 0.5, nothing otherwise. Upstream's discount factor and minimum trajectory length are
 * declared but never read; they are left out here.
 */
public record GoalAppraiser(float weight) implements Appraiser {
    public static final GoalAppraiser DEFAULT = new GoalAppraiser(0.4f);

    public GoalAppraiser {
        Appraiser.requireWeight("Goal", weight);
    }

    @Override
    public AppraiserType type() {
        return AppraiserType.GOAL;
    }

    @Override
    public float appraise(ExperienceEvent event) {
        float v = event.state()[VALENCE];
        if (v > 0.5f) {
            return weight * v;
        }
        return v > 0 ? weight * v * 0.5f : 0f;
    }
}

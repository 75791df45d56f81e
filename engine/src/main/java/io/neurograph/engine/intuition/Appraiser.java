package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;

/**
 * Turns an event's state (and action) into one reward component (upstream §7.3). State and action
 * follow the coordinate index semantics: 1 Novelty, 2 Velocity, 4 CognitiveLoad, 5 Certainty,
 * 6 Valence, 7 Coherence; action 2 is acceleration.
 */
public sealed interface Appraiser permits HomeostasisAppraiser, CuriosityAppraiser, EfficiencyAppraiser, GoalAppraiser {
    /** Smallest |reward| an appraiser writes into its slot. */
    float MIN_REWARD = 1e-6f;

    int NOVELTY = 1;
    int VELOCITY = 2;
    int COGNITIVE_LOAD = 4;
    int CERTAINTY = 5;
    int VALENCE = 6;
    int COHERENCE = 7;
    int ACCELERATION = 2;

    AppraiserType type();

    float appraise(ExperienceEvent event);

    static void requireWeight(String appraiser, float weight) {
        if (!(weight >= 0) || Float.isInfinite(weight)) {
            throw new IllegalArgumentException(appraiser + " weight must be a finite number ≥ 0, got " + weight);
        }
    }
}

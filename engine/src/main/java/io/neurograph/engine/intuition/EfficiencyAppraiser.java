package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.EventType;
import io.neurograph.engine.experience.ExperienceEvent;

/**
 * Charges for effort: {@code cost = motor · (velocity² + acceleration²) + cognitive · load}, plus
 * {@code creation} when the event created a token or connection; {@code r = −weight · cost}.
 * Upstream declares the creation cost factor but never charges it; we charge it for TokenCreated
 * and ConnectionCreated events, the only events that create something.
 */
public record EfficiencyAppraiser(float weight, float motorCostFactor, float cognitiveCostFactor,
                                  float creationCostFactor) implements Appraiser {
    public static final EfficiencyAppraiser DEFAULT = new EfficiencyAppraiser(0.1f, 0.01f, 0.02f, 0.05f);

    public EfficiencyAppraiser {
        Appraiser.requireWeight("Efficiency", weight);
    }

    @Override
    public AppraiserType type() {
        return AppraiserType.EFFICIENCY;
    }

    @Override
    public float appraise(ExperienceEvent event) {
        float[] s = event.state();
        float velocity = s[VELOCITY];
        float acceleration = event.action()[ACCELERATION];
        float cost = motorCostFactor * (velocity * velocity + acceleration * acceleration)
                + cognitiveCostFactor * s[COGNITIVE_LOAD];
        EventType type = event.type();
        if (type == EventType.TOKEN_CREATED || type == EventType.CONNECTION_CREATED) {
            cost += creationCostFactor;
        }
        return -weight * cost;
    }
}

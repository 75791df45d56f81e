package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;

/** The four appraisers; each owns one f32 reward slot of an {@link ExperienceEvent} (upstream u8 codes 0..3). */
public enum AppraiserType {
    HOMEOSTASIS, CURIOSITY, EFFICIENCY, GOAL;

    /** Byte offset of this appraiser's reward inside a 128-byte record. */
    public int rewardOffset() {
        return ExperienceEvent.REWARDS + 4 * ordinal();
    }
}

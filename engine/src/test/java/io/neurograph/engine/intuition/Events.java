package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.experience.ExperienceFlags;

/** Experience events for tests. */
final class Events {
    private Events() {
    }

    /**
     * An event of type {@code typeCode} in {@code state} whose reward is already known: {@code goalReward}
     * in the goal slot, FULLY_APPRAISED set so that no appraiser changes it.
     */
    static ExperienceEvent of(int typeCode, float[] state, float goalReward) {
        return new ExperienceEvent(0, 0, 0, 0, 0, typeCode, ExperienceFlags.FULLY_APPRAISED, state, new float[8], 0f, 0f,
                0f, goalReward, 0, 0);
    }

    /** An event whose event_id, episode and step say which one it is. */
    static ExperienceEvent numbered(long n) {
        return new ExperienceEvent(7, n, n * 1000, n, n, 0x0201, 0, new float[8], new float[8], 0f, 0f, 0f, 0f, 0, 999);
    }

    static ExperienceEvent withState(float[] state, float[] action, int typeCode) {
        return new ExperienceEvent(0, 0, 0, 0, 0, typeCode, 0, state, action, 0f, 0f, 0f, 0f, 0, 0);
    }
}

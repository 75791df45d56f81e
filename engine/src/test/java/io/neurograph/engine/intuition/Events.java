package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;

/** Experience events for tests. */
final class Events {
    private Events() {
    }

    /** An event of type {@code typeCode} in {@code state} with {@code reward} in the goal slot. */
    static ExperienceEvent of(int typeCode, float[] state, float goalReward) {
        return new ExperienceEvent(0, 0, 0, 0, 0, typeCode, 0, state, new float[8], 0f, 0f, 0f, goalReward, 0, 0);
    }

    /** An event whose event_id, episode and step say which one it is. */
    static ExperienceEvent numbered(long n) {
        return new ExperienceEvent(7, n, n * 1000, n, n, 0x0201, 0, new float[8], new float[8], 0f, 0f, 0f, 0f, 0, 999);
    }

    static ExperienceEvent withState(float[] state, float[] action, int typeCode) {
        return new ExperienceEvent(0, 0, 0, 0, 0, typeCode, 0, state, action, 0f, 0f, 0f, 0f, 0, 0);
    }
}

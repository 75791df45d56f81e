package io.neurograph.engine.intuition;

/** A closed interval [min, max] of a state dimension that counts as healthy. */
public record Range(float min, float max) {
    public Range {
        if (!(min <= max)) {
            throw new IllegalArgumentException("Range needs min ≤ max, got [" + min + ", " + max + "]");
        }
    }

    /** Squared distance from the interval, 0 inside it. */
    float squaredDistance(float v) {
        float d = v < min ? min - v : v > max ? v - max : 0f;
        return d * d;
    }
}

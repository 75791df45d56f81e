package io.neurograph.engine.util;

/**
 * The arithmetic mean of every value added, updated in O(1): {@code mean += (x − mean) / n}. (Upstream's
 * reflex timing averaged each new value with the previous average, which weights the latest value by
 * one half.) Not thread-safe.
 */
public final class RunningMean {
    private long count;
    private double mean;

    public void add(double x) {
        count++;
        mean += (x - mean) / count;
    }

    /** 0 before the first value. */
    public double mean() {
        return mean;
    }

    public long count() {
        return count;
    }
}

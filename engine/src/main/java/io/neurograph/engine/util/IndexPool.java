package io.neurograph.engine.util;

import java.util.Arrays;

/** A stack of freed array indexes for reuse by stores that keep records in parallel arrays. */
public final class IndexPool {
    /** Returned by {@link #take()} when no index is free. */
    public static final int NONE = -1;

    private int[] free = new int[16];
    private int count;

    /** A recycled index, or {@link #NONE}. */
    public int take() {
        return count == 0 ? NONE : free[--count];
    }

    public void give(int index) {
        if (count == free.length) {
            free = Arrays.copyOf(free, count * 2);
        }
        free[count++] = index;
    }

    public void clear() {
        count = 0;
    }
}

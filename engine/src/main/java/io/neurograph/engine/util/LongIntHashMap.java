package io.neurograph.engine.util;

import java.util.Arrays;

/**
 * Open-addressing hash map from {@code long} keys to non-negative {@code int} values, for indexes
 * that must not allocate an object per entry (token id → slot, bucket key → bucket, edge id →
 * edge). Linear probing with backward-shift deletion, so there are no tombstones to clean up.
 * Not thread-safe; owners guard it.
 */
public final class LongIntHashMap {
    /** Returned by {@link #get} for an absent key; values themselves must be ≥ 0. */
    public static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;

    public LongIntHashMap(int expectedSize) {
        if (expectedSize < 0) {
            throw new IllegalArgumentException("Expected size must be >= 0, got " + expectedSize);
        }
        allocate(tableSizeFor(expectedSize));
    }

    public LongIntHashMap() {
        this(16);
    }

    public int size() {
        return size;
    }

    public int get(long key) {
        for (int i = indexOf(key); ; i = (i + 1) & mask) {
            int v = values[i];
            if (v == MISSING) {
                return MISSING;
            }
            if (keys[i] == key) {
                return v;
            }
        }
    }

    public boolean containsKey(long key) {
        return get(key) != MISSING;
    }

    /** Associates {@code value} (≥ 0) with {@code key}; returns the previous value or {@link #MISSING}. */
    public int put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("Values must be >= 0, got " + value + " for key " + key);
        }
        int i = indexOf(key);
        for (; values[i] != MISSING; i = (i + 1) & mask) {
            if (keys[i] == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size > (mask + 1) * 3 / 4) {
            rehash((mask + 1) * 2);
        }
        return MISSING;
    }

    /** Removes {@code key}; returns its value or {@link #MISSING}. */
    public int remove(long key) {
        int i = indexOf(key);
        for (; values[i] != MISSING; i = (i + 1) & mask) {
            if (keys[i] == key) {
                int old = values[i];
                shiftBack(i);
                size--;
                return old;
            }
        }
        return MISSING;
    }

    public void clear() {
        Arrays.fill(values, MISSING);
        size = 0;
    }

    /** Calls {@code action} for every entry, in table order. The map must not change meanwhile. */
    public void forEach(Entry action) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != MISSING) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    @FunctionalInterface
    public interface Entry {
        void accept(long key, int value);
    }

    // Moves later members of the probe run into the hole so lookups never stop early.
    private void shiftBack(int hole) {
        int i = hole;
        while (true) {
            i = (i + 1) & mask;
            if (values[i] == MISSING) {
                break;
            }
            int home = indexOf(keys[i]);
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                keys[hole] = keys[i];
                values[hole] = values[i];
                hole = i;
            }
        }
        values[hole] = MISSING;
    }

    private int indexOf(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(capacity);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != MISSING) {
                int j = indexOf(oldKeys[i]);
                while (values[j] != MISSING) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, MISSING);
        mask = capacity - 1;
    }

    private static int tableSizeFor(int expected) {
        long needed = Math.max(16L, (long) expected * 4 / 3 + 1);
        if (needed > 1 << 30) {
            throw new IllegalArgumentException("Too many entries for one map: " + expected);
        }
        return Integer.highestOneBit((int) needed - 1) << 1;
    }
}

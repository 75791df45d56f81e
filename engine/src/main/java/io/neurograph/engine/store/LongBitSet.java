package io.neurograph.engine.store;

import java.util.Arrays;

/** A growable bit set addressed by long indices: which record slots hold a live record. */
final class LongBitSet {
    private long[] words = new long[0];

    boolean get(long index) {
        int w = (int) (index >>> 6);
        return w < words.length && (words[w] & (1L << index)) != 0;
    }

    void set(long index) {
        int w = (int) (index >>> 6);
        ensureWords(w + 1);
        words[w] |= 1L << index;
    }

    void clear(long index) {
        int w = (int) (index >>> 6);
        if (w < words.length) {
            words[w] &= ~(1L << index);
        }
    }

    /** Sets bits {@code from} (inclusive) to {@code to} (exclusive). */
    void setRange(long from, long to) {
        if (from >= to) {
            return;
        }
        int first = (int) (from >>> 6);
        int last = (int) ((to - 1) >>> 6);
        ensureWords(last + 1);
        long firstMask = -1L << from;
        long lastMask = -1L >>> -to;
        if (first == last) {
            words[first] |= firstMask & lastMask;
            return;
        }
        words[first] |= firstMask;
        Arrays.fill(words, first + 1, last, -1L);
        words[last] |= lastMask;
    }

    /** The first set bit at or after {@code from}, or -1. */
    long nextSetBit(long from) {
        int w = (int) (from >>> 6);
        if (w >= words.length) {
            return -1;
        }
        long word = words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return ((long) w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
    }

    /** The index of the {@code n}-th (0-based) set bit, or -1 when fewer are set: whole words are skipped by count. */
    long nthSetBit(long n) {
        long remaining = n;
        for (int w = 0; w < words.length; w++) {
            int c = Long.bitCount(words[w]);
            if (remaining < c) {
                long word = words[w];
                for (long k = 0; k < remaining; k++) {
                    word &= word - 1;
                }
                return ((long) w << 6) + Long.numberOfTrailingZeros(word);
            }
            remaining -= c;
        }
        return -1;
    }

    void clearAll() {
        words = new long[0];
    }

    private void ensureWords(int needed) {
        if (needed > words.length) {
            words = Arrays.copyOf(words, Math.max(needed, words.length + (words.length >> 1) + 16));
        }
    }
}

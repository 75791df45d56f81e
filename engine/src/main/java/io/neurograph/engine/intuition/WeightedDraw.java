package io.neurograph.engine.intuition;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws {@code n} of {@code count} indices without replacement. With weights it uses the
 * Efraimidis–Spirakis keys {@code ln(u)/w}: taking the {@code n} largest keys has the same
 * distribution as {@code n} successive roulette-wheel draws without replacement, in one pass
 * (O(count · log n)). Indices with weight 0 (or NaN) come last, uniformly; so the draw is uniform
 * when every weight is 0.
 */
final class WeightedDraw {
    private WeightedDraw() {
    }

    /** {@code n} distinct indices of {@code 0..count-1}, uniformly, in draw order. */
    static int[] uniform(int count, int n, RandomGenerator rng) {
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = i;
        }
        int take = Math.min(n, count);
        for (int i = 0; i < take; i++) {
            int j = i + rng.nextInt(count - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, take);
    }

    /** {@code n} distinct indices, each draw in proportion to {@code weights[i]} among those left. */
    static int[] weighted(double[] weights, int n, RandomGenerator rng) {
        int count = weights.length;
        int take = Math.min(n, count);
        Heap heap = new Heap(take);
        int zero = 0;
        for (int i = 0; i < count; i++) {
            double w = weights[i];
            if (w > 0 && w < Double.POSITIVE_INFINITY) {
                heap.offer(Math.log(1.0 - rng.nextDouble()) / w, i);
            } else if (w == Double.POSITIVE_INFINITY) {
                heap.offer(Double.MAX_VALUE, i);
            } else {
                zero++;
            }
        }
        int[] picked = heap.drainLargestFirst();
        if (picked.length == take) {
            return picked;
        }
        // fewer positive weights than asked for: the rest uniformly from the zero-weight indices
        int[] rest = new int[zero];
        int r = 0;
        for (int i = 0; i < count; i++) {
            if (!(weights[i] > 0)) {
                rest[r++] = i;
            }
        }
        int[] fill = uniform(zero, take - picked.length, rng);
        int[] out = Arrays.copyOf(picked, take);
        for (int k = 0; k < fill.length; k++) {
            out[picked.length + k] = rest[fill[k]];
        }
        return out;
    }

    /** A bounded min-heap of (key, index) that keeps the largest keys offered. */
    private static final class Heap {
        private final double[] keys;
        private final int[] idx;
        private int size;

        Heap(int capacity) {
            keys = new double[capacity];
            idx = new int[capacity];
        }

        void offer(double key, int index) {
            if (keys.length == 0) {
                return;
            }
            if (size < keys.length) {
                keys[size] = key;
                idx[size] = index;
                up(size++);
            } else if (key > keys[0]) {
                keys[0] = key;
                idx[0] = index;
                down(0);
            }
        }

        /** Empties the heap; the index with the largest key first. */
        int[] drainLargestFirst() {
            int[] out = new int[size];
            for (int k = size - 1; k >= 0; k--) {
                out[k] = idx[0];
                size--;
                keys[0] = keys[size];
                idx[0] = idx[size];
                down(0);
            }
            return out;
        }

        private void up(int i) {
            while (i > 0) {
                int p = (i - 1) / 2;
                if (keys[p] <= keys[i]) {
                    return;
                }
                swap(i, p);
                i = p;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                int smallest = i;
                if (l < size && keys[l] < keys[smallest]) {
                    smallest = l;
                }
                if (l + 1 < size && keys[l + 1] < keys[smallest]) {
                    smallest = l + 1;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int a, int b) {
            double k = keys[a];
            keys[a] = keys[b];
            keys[b] = k;
            int t = idx[a];
            idx[a] = idx[b];
            idx[b] = t;
        }
    }
}

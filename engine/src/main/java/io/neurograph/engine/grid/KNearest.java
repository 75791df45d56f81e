package io.neurograph.engine.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The k best (distance, id) keys seen so far: a max-heap of packed keys, worst on top, that grows
 * on demand (k = {@link Integer#MAX_VALUE} keeps everything).
 */
final class KNearest {
    private final int k;
    private long[] heap;
    private int size;

    KNearest(int k) {
        this.k = k;
        this.heap = new long[Math.min(k, 16)];
    }

    boolean isFull() {
        return size == k;
    }

    /** Distance of the current k-th candidate; only meaningful when full. */
    float worstDistance() {
        return NeighborKeys.distance(heap[0]);
    }

    void offer(float distance, long id) {
        long key = NeighborKeys.pack(distance, id);
        if (size < k) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, (int) Math.min(k, 2L * size));
            }
            siftUp(size++, key);
        } else if (key < heap[0]) {
            siftDown(key);
        }
    }

    List<Neighbor> toSortedList() {
        long[] sorted = Arrays.copyOf(heap, size);
        Arrays.sort(sorted);
        List<Neighbor> out = new ArrayList<>(size);
        for (long key : sorted) {
            out.add(NeighborKeys.toNeighbor(key));
        }
        return out;
    }

    private void siftUp(int i, long key) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= key) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    private void siftDown(long key) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= key) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }
}

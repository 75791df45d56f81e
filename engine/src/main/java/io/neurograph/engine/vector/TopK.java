package io.neurograph.engine.vector;

import java.util.List;

/** The k lowest-cost rows offered so far: a max-heap on (cost, row), so the worst kept row is at the root. */
final class TopK {
    private final float[] costs;
    private final int[] rows;
    private int size;

    TopK(int k) {
        costs = new float[k];
        rows = new int[k];
    }

    void offer(int row, float cost) {
        if (size < costs.length) {
            int i = size++;
            // sift up
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(cost, row, costs[parent], rows[parent])) {
                    break;
                }
                costs[i] = costs[parent];
                rows[i] = rows[parent];
                i = parent;
            }
            costs[i] = cost;
            rows[i] = row;
        } else if (size > 0 && worse(costs[0], rows[0], cost, row)) {
            siftDownFromRoot(row, cost);
        }
    }

    /** The kept rows best first, with their token ids and metric scores; empties the heap. */
    List<VectorMatch> drain(VectorFile file, RowScorer scorer) {
        VectorMatch[] best = new VectorMatch[size];
        while (size > 0) {
            int row = rows[0];
            float cost = costs[0];
            size--;
            if (size > 0) {
                siftDownFromRoot(rows[size], costs[size]);
            }
            best[size] = new VectorMatch(row, file.tokenId(row), scorer.score(cost));
        }
        return List.of(best);
    }

    private void siftDownFromRoot(int row, float cost) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && worse(costs[child + 1], rows[child + 1], costs[child], rows[child])) {
                child++;
            }
            if (!worse(costs[child], rows[child], cost, row)) {
                break;
            }
            costs[i] = costs[child];
            rows[i] = rows[child];
            i = child;
        }
        costs[i] = cost;
        rows[i] = row;
    }

    // ties on cost go to the lower row, so results do not depend on scan order
    private static boolean worse(float costA, int rowA, float costB, int rowB) {
        return costA > costB || (costA == costB && rowA > rowB);
    }
}

package io.neurograph.engine.vector;

import java.util.List;

/**
 * Exact search: scores every row in place in the mapped file and keeps the best k in a bounded heap. Uses the
 * Vector API when {@code jdk.incubator.vector} is present and plain Java otherwise; both give the same rows in
 * the same order. Always current: rows appended to the file are searched by the next call.
 */
public final class ExactIndex implements VectorIndex {
    private final VectorFile file;
    private final ScanKernel kernel;

    public ExactIndex(VectorFile file) {
        this(file, ScanKernel.best());
    }

    ExactIndex(VectorFile file, ScanKernel kernel) {
        this.file = file;
        this.kernel = kernel;
    }

    @Override
    public List<VectorMatch> search(float[] query, int k, Metric metric) {
        return scan(query, k, metric, -1);
    }

    @Override
    public List<VectorMatch> searchExcluding(float[] query, int k, Metric metric, int excludeRow) {
        return scan(query, k, metric, excludeRow);
    }

    /** The metric's score of one row, exactly as a search reports it. */
    public float score(float[] query, int row, Metric metric) {
        RowScorer scorer = new RowScorer(file, kernel, metric, query);
        return scorer.score(scorer.cost(row));
    }

    /** Which loops run: "Vector API, 256-bit" or "scalar". */
    public String kernel() {
        return kernel.description();
    }

    private List<VectorMatch> scan(float[] query, int k, Metric metric, int excludeRow) {
        checkK(k);
        RowScorer scorer = new RowScorer(file, kernel, metric, query);
        int count = file.count();
        TopK best = new TopK(Math.min(k, count));
        for (int row = 0; row < count; row++) {
            if (row != excludeRow) {
                best.offer(row, scorer.cost(row));
            }
        }
        return best.drain(file, scorer);
    }

    static void checkK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
    }
}

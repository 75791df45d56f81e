package io.neurograph.engine.vector;

import java.util.List;

/**
 * Nearest-neighbour search over the rows of a {@link VectorFile}. Searches may run concurrently. Close an index
 * when done: a loaded HNSW graph is memory-mapped (closing the others does nothing). Closing an index never
 * closes its vector file.
 */
public interface VectorIndex extends AutoCloseable {
    /**
     * The {@code k} best rows for {@code query}, best first (equal scores: lower row first). Fewer when the file
     * has fewer rows; {@code query} must have the file's dimension and finite values.
     */
    List<VectorMatch> search(float[] query, int k, Metric metric);

    /** As {@link #search}, without {@code excludeRow} (a word's own row when looking for its neighbours). */
    default List<VectorMatch> searchExcluding(float[] query, int k, Metric metric, int excludeRow) {
        return search(query, k + 1, metric).stream().filter(m -> m.row() != excludeRow).limit(k).toList();
    }

    @Override
    default void close() {
    }
}

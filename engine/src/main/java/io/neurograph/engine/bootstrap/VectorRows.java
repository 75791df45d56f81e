package io.neurograph.engine.bootstrap;

/**
 * Read access to {@link #count()} vectors of {@link #dimension()} floats, addressed by row, so a
 * memory-mapped vector file can feed {@link Pca} without being copied onto the heap.
 */
public interface VectorRows {
    int count();

    int dimension();

    /** Copies row {@code row} (0-based) into {@code dst}, which has {@link #dimension()} entries. */
    void get(int row, float[] dst);

}

package io.neurograph.engine.bootstrap;

import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorEncoding;
import java.util.Objects;

/**
 * How {@link BootstrapJob} runs.
 *
 * @param limit           most words to import, 0 for all; counts words that get a vector (duplicates
 *                        and bad lines do not count)
 * @param k               neighbours woven per word as {@code SimilarTo} connections, 1 … 1000
 * @param skipBad         skip malformed lines (counted and listed in the report) instead of stopping
 * @param encoding        how the vector file stores the full vectors
 * @param indexMode       which nearest-neighbour index the weave uses
 * @param checkpointEvery words (import), rows (place, weave) per committed checkpoint, ≥ 1
 * @param restart         forget a previous job in the data folder (its files and the SimilarTo connections
 *                        it wove, not its tokens) and start over
 */
public record BootstrapOptions(long limit, int k, boolean skipBad, VectorEncoding encoding, IndexMode indexMode,
        int checkpointEvery, boolean restart) {
    /** The most neighbours per word. */
    public static final int MAX_K = 1000;

    public static final BootstrapOptions DEFAULTS = new BootstrapOptions(0, 10, false, VectorEncoding.FLOAT32,
            IndexMode.AUTO, 10_000, false);

    public BootstrapOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(indexMode, "indexMode");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be ≥ 0 (0 = all words), got " + limit);
        }
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be within 1 … " + MAX_K + ", got " + k);
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery must be ≥ 1, got " + checkpointEvery);
        }
    }
}

package io.neurograph.engine.bootstrap;

import io.neurograph.engine.bootstrap.read.EmbeddingProfile;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorFile;
import java.time.Duration;

/**
 * What a bootstrap of a sniffed file will roughly cost, shown before it starts. The figures are orders of
 * magnitude, not promises. The time model was fitted on the 2-vCPU build machine at load average 6 (20 000 × 16
 * with HNSW: import 1.0 s, index + weave 7.3 s; 5 000 × 300 exact: weave 1.6 s): import about
 * {@value #WORDS_PER_SECOND} words/s including their tokens; the exact weave about {@value #EXACT_FLOPS}
 * multiply-adds/s per processor; HNSW build and weave about {@value #HNSW_MICROS_PER_WORD} µs per word at
 * 64 dimensions, growing with the dimension, with the machine's two threads; both weaves are taken to scale with
 * the engine's thread count.
 *
 * @param words         words that will be imported (the header's count or the sniffer's estimate, capped by the limit)
 * @param vectorBytes   size of the memory-mapped vector file
 * @param databaseBytes growth of the database: tokens and {@code SimilarTo} connections
 * @param heapBytes     peak Java heap of the job: the PCA sample, or the HNSW graph when it is larger
 * @param time          wall time of all phases
 */
public record BootstrapEstimate(long words, long vectorBytes, long databaseBytes, long heapBytes, Duration time) {
    static final long WORDS_PER_SECOND = 20_000;
    static final long EXACT_FLOPS = 2_000_000_000L;
    static final int HNSW_MICROS_PER_WORD = 700;
    private static final int FITTED_THREADS = 2;
    /** Database bytes of one token row with its label and indexes, and of one connection row. */
    private static final long TOKEN_BYTES = 160;
    private static final long CONNECTION_BYTES = 96;

    /** @param threads the engine's thread count, which the weave runs on ({@code engine.models().settings()}) */
    public static BootstrapEstimate of(EmbeddingProfile profile, BootstrapOptions options, int threads) {
        long words = options.limit() > 0 ? Math.min(options.limit(), profile.estimatedCount()) : profile.estimatedCount();
        int dim = profile.dimension();
        long vectorBytes = VectorFile.fileBytes(words, dim, options.encoding());
        long databaseBytes = words * TOKEN_BYTES + words * options.k() * CONNECTION_BYTES;
        boolean hnsw = options.indexMode() == IndexMode.HNSW
                || options.indexMode() == IndexMode.AUTO && words >= BootstrapJob.EXACT_WEAVE_BELOW;
        long pcaHeap = Math.min(words, Pca.Options.DEFAULT_SAMPLE_ROWS) * dim * Double.BYTES;
        long graphHeap = hnsw ? words * 2L * 16 * Integer.BYTES : 0;
        double weaveSeconds = hnsw
                ? words * HNSW_MICROS_PER_WORD * 1e-6 * (0.5 + dim / 128.0) * FITTED_THREADS / threads
                : (double) words * words * dim / ((double) EXACT_FLOPS * threads);
        double seconds = (double) words / WORDS_PER_SECOND + weaveSeconds;
        return new BootstrapEstimate(words, vectorBytes, databaseBytes, Math.max(pcaHeap, graphHeap),
                Duration.ofMillis((long) Math.ceil(seconds * 1000)));
    }

    /** Disk the job needs: the vector file and the database growth (an HNSW graph file adds a little). */
    public long diskBytes() {
        return vectorBytes + databaseBytes;
    }
}

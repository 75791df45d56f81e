package io.neurograph.engine.vector;

import io.github.jbellis.jvector.disk.ReaderSupplier;
import io.github.jbellis.jvector.disk.ReaderSupplierFactory;
import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.GraphSearcher;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.SearchResult;
import io.github.jbellis.jvector.graph.disk.OnDiskGraphIndex;
import io.github.jbellis.jvector.graph.disk.OnDiskGraphIndexWriter;
import io.github.jbellis.jvector.graph.disk.feature.Feature;
import io.github.jbellis.jvector.graph.disk.feature.FeatureId;
import io.github.jbellis.jvector.graph.disk.feature.InlineVectors;
import io.github.jbellis.jvector.graph.similarity.BuildScoreProvider;
import io.github.jbellis.jvector.graph.similarity.DefaultSearchScoreProvider;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.vector.VectorSimilarityFunction;
import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.util.JobListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;

/**
 * Approximate search with an HNSW graph built by jvector (M = 16, beam width 100) over the rows of a
 * {@link VectorFile}. A search asks the graph for {@link #CANDIDATES} (at least k) rows and reranks them with the
 * same exact scoring as {@link ExactIndex}, so the scores of the rows it finds equal the exact ones.
 *
 * <p>The graph is built for one {@link Metric} and covers the rows the file had at build time. Saved, it is
 * jvector's on-disk format (which needs the vectors inline, as float32) behind a 64-byte header naming the vector
 * file, its row count and a checksum of its last row; {@link #load} refuses a graph that no longer matches.
 */
public final class HnswIndex implements VectorIndex {
    static final int M = 16;
    static final int BEAM_WIDTH = 100;
    /**
     * Rows fetched from the graph per search before the exact rerank: the recall/latency knob. On the 400 000 × 300
     * benchmark set recall@10 was 0.934 with 50, 0.958 with 100, 0.980 with 150 (+15 % latency over 100).
     */
    static final int CANDIDATES = 150;
    static final String STAGE = "hnsw";

    private static final int HEADER_BYTES = 64;
    private static final byte[] MAGIC = "TIROHNSW".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int VERSION_AT = 8;
    private static final int METRIC_AT = 12;
    private static final int DIMENSION_AT = 16;
    private static final int ROWS_AT = 20;
    private static final int FILE_ID_AT = 24;
    private static final int CHECKSUM_AT = 32;
    private static final int M_AT = 36;
    private static final int BEAM_WIDTH_AT = 40;
    private static final int BATCH = 2048;   // rows inserted between progress reports and cancel checks

    private final VectorFile vectors;
    private final Metric metric;
    private final ImmutableGraphIndex graph;
    private final int rows;
    private final ScanKernel kernel = ScanKernel.best();
    private final ReaderSupplier mapped;   // null for a graph built in this process

    private HnswIndex(VectorFile vectors, Metric metric, ImmutableGraphIndex graph, int rows, ReaderSupplier mapped) {
        this.vectors = vectors;
        this.metric = metric;
        this.graph = graph;
        this.rows = rows;
        this.mapped = mapped;
    }

    /**
     * Builds the graph over the file's current rows on a pool of {@code threads} threads that is shut down before
     * this returns. Reports progress as stage "hnsw" and checks {@code listener.cancelled()} every 2048 rows.
     *
     * @throws JobCancelledException when the listener cancels
     */
    public static HnswIndex build(VectorFile file, Metric metric, JobListener listener, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int rows = file.count();
        VectorFileValues values = new VectorFileValues(file, rows);
        BuildScoreProvider scores = BuildScoreProvider.randomAccessScoreProvider(values, similarity(metric));
        Supplier<RandomAccessVectorValues> perThread = values.threadLocalSupplier();
        try (ForkJoinPool pool = new ForkJoinPool(threads)) {
            // The explicit constructor, deprecated in favour of a builder that reads the hierarchy and refine
            // settings from a process-wide JMX registry; this keeps them ours. The same pool runs jvector's own
            // parallel steps, so nothing falls back to the common pool.
            @SuppressWarnings("deprecation")
            GraphIndexBuilder builder = new GraphIndexBuilder(scores, file.dimension(), M, BEAM_WIDTH, 1.2f, 1.2f,
                    true, true, pool, pool);
            for (int start = 0; start < rows; start += BATCH) {
                if (listener.cancelled()) {
                    throw new JobCancelledException(STAGE);
                }
                int from = start;
                int to = Math.min(rows, start + BATCH);
                pool.submit(() -> IntStream.range(from, to).parallel()
                        .forEach(row -> builder.addGraphNode(row, perThread.get().getVector(row)))).join();
                listener.progress(STAGE, to, rows);
            }
            builder.cleanup();
            return new HnswIndex(file, metric, builder.getGraph(), rows, null);
        }
    }

    /** Writes the index to {@code target} atomically (a temporary file next to it, then a rename). */
    public void save(Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        try (OnDiskGraphIndexWriter writer = new OnDiskGraphIndexWriter.Builder(graph, temporary)
                .withStartOffset(HEADER_BYTES).with(new InlineVectors(vectors.dimension())).build()) {
            writer.write(Feature.singleStateFactory(FeatureId.INLINE_VECTORS,
                    row -> new InlineVectors.State(VectorFileValues.VECTORS.createFloatVector(vectors.get(row)))));
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer header = header(metric, vectors, rows);
            while (header.hasRemaining()) {
                channel.write(header, header.position());
            }
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Maps a saved index for {@code vectors}.
     *
     * @throws VectorFileException if the file is not a saved index, or was built for other vectors or another row
     *                             count (then build it again)
     */
    public static HnswIndex load(Path file, VectorFile vectors) throws IOException {
        Metric metric = checkHeader(file, vectors);
        ReaderSupplier mapped = ReaderSupplierFactory.open(file);
        OnDiskGraphIndex graph;
        try {
            graph = OnDiskGraphIndex.load(mapped, HEADER_BYTES);
        } catch (RuntimeException e) {
            mapped.close();
            throw VectorFileException.body(file, "graph", "jvector cannot read it (" + e
                    + "); delete the index to rebuild it");
        }
        if (graph.size(0) != vectors.count() || graph.getDimension() != vectors.dimension()) {
            graph.close();
            mapped.close();
            throw VectorFileException.body(file, "graph", "expected " + vectors.count() + " nodes of dimension "
                    + vectors.dimension() + ", found " + graph.size(0) + " of dimension " + graph.getDimension()
                    + "; delete the index to rebuild it");
        }
        return new HnswIndex(vectors, metric, graph, vectors.count(), mapped);
    }

    public Metric metric() {
        return metric;
    }

    /** Rows covered by the graph. */
    public int size() {
        return rows;
    }

    @Override
    public List<VectorMatch> search(float[] query, int k, Metric metric) {
        ExactIndex.checkK(k);
        if (metric != this.metric) {
            throw new IllegalArgumentException("This HNSW index was built for " + this.metric + ", not " + metric
                    + "; build one for " + metric + " or use the exact index");
        }
        RowScorer scorer = new RowScorer(vectors, kernel, metric, query);
        TopK best = new TopK(Math.min(k, rows));
        if (k > 0 && rows > 0) {
            VectorFileValues values = new VectorFileValues(vectors, rows);
            try (GraphSearcher searcher = new GraphSearcher(graph)) {
                SearchResult result = searcher.search(DefaultSearchScoreProvider.exact(
                        VectorFileValues.VECTORS.createFloatVector(query.clone()), similarity(metric), values),
                        Math.max(k, CANDIDATES), Bits.ALL);
                for (SearchResult.NodeScore node : result.getNodes()) {
                    best.offer(node.node, scorer.cost(node.node));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return best.drain(vectors, scorer);
    }

    /** Unmaps a loaded graph; a no-op for one built in this process. */
    @Override
    public void close() {
        if (mapped != null) {
            try {
                graph.close();
                mapped.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static VectorSimilarityFunction similarity(Metric metric) {
        return metric == Metric.COSINE ? VectorSimilarityFunction.COSINE : VectorSimilarityFunction.EUCLIDEAN;
    }

    private static ByteBuffer header(Metric metric, VectorFile vectors, int rows) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN).put(0, MAGIC)
                .putInt(VERSION_AT, VERSION).putInt(METRIC_AT, metric.ordinal())
                .putInt(DIMENSION_AT, vectors.dimension()).putInt(ROWS_AT, rows)
                .putLong(FILE_ID_AT, vectors.fileId()).putInt(CHECKSUM_AT, lastRowChecksum(vectors, rows))
                .putInt(M_AT, M).putInt(BEAM_WIDTH_AT, BEAM_WIDTH);
        return header;
    }

    // A file truncated and refilled to the same count almost surely differs in its last row.
    private static int lastRowChecksum(VectorFile vectors, int rows) {
        if (rows == 0) {
            return 0;
        }
        CRC32C crc = new CRC32C();
        long at = vectors.rowOffset(rows - 1);
        crc.update(vectors.mapping().asSlice(at, vectors.rowOffset(rows) - at).asByteBuffer());
        return (int) crc.getValue();
    }

    private static Metric checkHeader(Path file, VectorFile vectors) throws IOException {
        ByteBuffer found = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < HEADER_BYTES) {
                throw VectorFileException.header(file, "magic", "the file has " + channel.size()
                        + " bytes, less than the " + HEADER_BYTES + "-byte header: not a saved HNSW index; delete it"
                        + " to rebuild");
            }
            while (found.hasRemaining()) {
                channel.read(found, found.position());
            }
        }
        if (!Arrays.equals(Arrays.copyOf(found.array(), MAGIC.length), MAGIC)) {
            throw VectorFileException.header(file, "magic", "expected \"TIROHNSW\": not a saved HNSW index; delete"
                    + " it to rebuild");
        }
        if (found.getInt(VERSION_AT) != VERSION) {
            throw VectorFileException.header(file, "version", "expected " + VERSION + ", found "
                    + found.getInt(VERSION_AT) + "; delete the index to rebuild it");
        }
        int metric = found.getInt(METRIC_AT);
        if (metric < 0 || metric >= Metric.values().length) {
            throw VectorFileException.header(file, "metric", "expected 0 (COSINE) or 1 (EUCLIDEAN), found " + metric
                    + "; delete the index to rebuild it");
        }
        ByteBuffer expected = header(Metric.values()[metric], vectors, vectors.count());
        checkMatches(file, vectors, "dimension", expected.getInt(DIMENSION_AT), found.getInt(DIMENSION_AT));
        checkMatches(file, vectors, "rows", expected.getInt(ROWS_AT), found.getInt(ROWS_AT));
        checkMatches(file, vectors, "vectorFileId", expected.getLong(FILE_ID_AT), found.getLong(FILE_ID_AT));
        checkMatches(file, vectors, "lastRowChecksum", expected.getInt(CHECKSUM_AT), found.getInt(CHECKSUM_AT));
        return Metric.values()[metric];
    }

    private static void checkMatches(Path file, VectorFile vectors, String field, long expected, long found)
            throws VectorFileException {
        if (expected != found) {
            throw VectorFileException.header(file, field, "expected " + expected + " (from " + vectors.path()
                    + "), found " + found + ": the index was built for other vectors or fewer rows; build it again");
        }
    }
}

package io.neurograph.engine.bench;

import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.ExactIndex;
import io.neurograph.engine.vector.HnswIndex;
import io.neurograph.engine.vector.Metric;
import io.neurograph.engine.vector.VectorEncoding;
import io.neurograph.engine.vector.VectorFile;
import io.neurograph.engine.vector.VectorFileException;
import io.neurograph.engine.vector.VectorIndexes;
import io.neurograph.engine.vector.VectorMatch;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Top-10 cosine search over 400 000 × 300 {@link SyntheticEmbeddings} vectors (seed 42) in a float32
 * {@link VectorFile}: a plain scalar loop over {@code float[][]} (the baseline), the exact scan with the Vector
 * API, the same scan on a JVM without the Vector API module (its scalar fallback), and HNSW. Queries are 200 new
 * vectors of the same clusters (rows 400 000… of the generator). The vector file and the HNSW graph are cached in
 * {@code engine/target/bench-data} so forks and later runs reuse them; the first build prints its time, and the
 * HNSW trial prints recall@10 against the exact scan before it measures.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VectorSearchBench {
    static final int COUNT = 400_000;
    static final int DIMENSION = 300;
    static final long SEED = 42;
    static final int QUERIES = 200;
    static final int K = 10;

    /** The cached vector file, opened for the trial, and the queries. */
    @State(Scope.Benchmark)
    public static class Vectors {
        VectorFile file;
        final float[][] queries = new float[QUERIES][DIMENSION];
        int next;

        @Setup(Level.Trial)
        public void open() throws IOException {
            file = openOrWrite(dataDir().resolve("vectors-" + COUNT + "x" + DIMENSION + ".tvec"));
            for (int q = 0; q < QUERIES; q++) {
                SyntheticEmbeddings.vector(COUNT + q, SEED, queries[q]);
            }
        }

        float[] nextQuery() {
            return queries[next++ % QUERIES];
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            file.close();
        }
    }

    /** The same vectors as {@code float[][]} on the heap with their norms, for the baseline loop. */
    @State(Scope.Benchmark)
    public static class Plain {
        float[][] rows;
        float[] norms;

        @Setup(Level.Trial)
        public void load(Vectors vectors) {
            rows = new float[COUNT][];
            norms = new float[COUNT];
            for (int i = 0; i < COUNT; i++) {
                rows[i] = vectors.file.get(i);
                norms[i] = (float) Math.sqrt(dot(rows[i], rows[i]));
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Exact {
        ExactIndex index;

        @Setup(Level.Trial)
        public void open(Vectors vectors) {
            index = new ExactIndex(vectors.file);
            System.out.println("exact kernel: " + index.kernel());
        }
    }

    @State(Scope.Benchmark)
    public static class Hnsw {
        HnswIndex index;

        @Setup(Level.Trial)
        public void open(Vectors vectors) throws IOException {
            Path saved = VectorIndexes.hnswFile(dataDir(), Metric.COSINE);
            try {
                index = HnswIndex.load(saved, vectors.file);
                System.out.println("HNSW loaded from " + saved);
            } catch (NoSuchFileException | VectorFileException missing) {
                int threads = Runtime.getRuntime().availableProcessors();
                long start = System.nanoTime();
                index = HnswIndex.build(vectors.file, Metric.COSINE, JobListener.NONE, threads);
                System.out.printf("HNSW build: %.1f s (%d rows, %d threads)%n", (System.nanoTime() - start) / 1e9,
                        COUNT, threads);
                index.save(saved);
            }
            printRecall(vectors);
        }

        // in the setup, while the vector file is surely open (JMH may tear Vectors down first)
        private void printRecall(Vectors vectors) {
            ExactIndex exact = new ExactIndex(vectors.file);
            long found = 0;
            for (float[] q : vectors.queries) {
                Set<Integer> truth = new HashSet<>();
                exact.search(q, K, Metric.COSINE).forEach(m -> truth.add(m.row()));
                found += index.search(q, K, Metric.COSINE).stream().filter(m -> truth.contains(m.row())).count();
            }
            System.out.printf("HNSW recall@10 over %d queries: %.4f%n", QUERIES, found / (double) (K * QUERIES));
        }

        @TearDown(Level.Trial)
        public void close() {
            index.close();
        }
    }

    /** Baseline: one pass over {@code float[][]}, cosine from a plain dot product, a sorted top-10 array. */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx3g"})
    public int[] plainScalarLoop(Vectors vectors, Plain plain) {
        float[] q = vectors.nextQuery();
        float queryNorm = (float) Math.sqrt(dot(q, q));
        int[] best = new int[K];
        float[] scores = new float[K];
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int row = 0; row < COUNT; row++) {
            float score = dot(plain.rows[row], q) / (queryNorm * plain.norms[row]);
            if (score > scores[K - 1]) {
                int i = K - 1;
                for (; i > 0 && scores[i - 1] < score; i--) {
                    scores[i] = scores[i - 1];
                    best[i] = best[i - 1];
                }
                scores[i] = score;
                best[i] = row;
            }
        }
        return best;
    }

    @Benchmark
    @Fork(value = 1, jvmArgs = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx3g"})
    public List<VectorMatch> exactVectorApi(Vectors vectors, Exact exact) {
        return exact.index.search(vectors.nextQuery(), K, Metric.COSINE);
    }

    /**
     * The same call on a JVM without {@code jdk.incubator.vector}: the exact index falls back to plain Java.
     * Each benchmark sets {@code jvmArgs}, which replaces the arguments JMH would copy from the launching JVM.
     */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"--enable-native-access=ALL-UNNAMED", "-Xmx3g"})
    public List<VectorMatch> exactScalarFallback(Vectors vectors, Exact exact) {
        return exact.index.search(vectors.nextQuery(), K, Metric.COSINE);
    }

    @Benchmark
    @Fork(value = 1, jvmArgs = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx3g"})
    public List<VectorMatch> hnsw(Vectors vectors, Hnsw hnsw) {
        return hnsw.index.search(vectors.nextQuery(), K, Metric.COSINE);
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** engine/target/bench-data, next to benchmarks.jar whatever the working directory. */
    static Path dataDir() throws IOException {
        try {
            Path jar = Path.of(VectorSearchBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.createDirectories(jar.getParent().resolve("bench-data"));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static VectorFile openOrWrite(Path path) throws IOException {
        if (Files.exists(path)) {
            VectorFile cached = VectorFile.open(path);
            if (cached.count() == COUNT && cached.dimension() == DIMENSION) {
                return cached;
            }
            cached.close();
            Files.delete(path);
        }
        long start = System.nanoTime();
        float[] v = new float[DIMENSION];
        VectorFile file = VectorFile.create(path, DIMENSION, VectorEncoding.FLOAT32);
        for (int i = 0; i < COUNT; i++) {
            SyntheticEmbeddings.vector(i, SEED, v);
            file.append(i + 1L, v);
        }
        file.commit();
        System.out.printf("vector file written: %.1f s%n", (System.nanoTime() - start) / 1e9);
        return file;
    }
}

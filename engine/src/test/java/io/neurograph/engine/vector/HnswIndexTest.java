package io.neurograph.engine.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.util.JobListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HnswIndexTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}: {2} x {3}")
    @CsvSource({"FLOAT32, COSINE, 20000, 96, 200", "INT8, EUCLIDEAN, 4000, 40, 50"})
    void recallAtTenIsAtLeast95PercentOnClusteredVectors(VectorEncoding encoding, Metric metric, int count,
            int dimension, int clusterCount) throws IOException {
        // queries are new members of the same clusters, as a new word is near its kind
        TestVectors.Clusters clusters = TestVectors.clusters(clusterCount, dimension, 31);
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), clusters.sample(count, 1), encoding);
                HnswIndex hnsw = HnswIndex.build(file, metric, JobListener.NONE, 2)) {
            assertThat(recallAtTen(hnsw, new ExactIndex(file), clusters.sample(200, 2), metric))
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void foundRowsCarryTheExactScoresAndOtherMetricsAreRefused() throws IOException {
        float[][] vectors = TestVectors.clustered(1000, 24, 10, 33);
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), vectors, VectorEncoding.INT8);
                HnswIndex hnsw = HnswIndex.build(file, Metric.EUCLIDEAN, JobListener.NONE, 2)) {
            // HNSW reranks its candidates with the exact scoring
            assertThat(hnsw.search(vectors[7], 5, Metric.EUCLIDEAN))
                    .isEqualTo(new ExactIndex(file).search(vectors[7], 5, Metric.EUCLIDEAN));
            assertThatThrownBy(() -> hnsw.search(vectors[7], 10, Metric.COSINE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("This HNSW index was built for EUCLIDEAN, not COSINE; build one for COSINE or use the"
                            + " exact index");
        }
    }

    @Test
    void aSavedIndexLoadsInANewFileHandleAndAnswersTheSame() throws IOException {
        TestVectors.Clusters clusters = TestVectors.clusters(30, 32, 35);
        float[][] vectors = clusters.sample(3000, 1);
        float[][] queries = clusters.sample(40, 2);
        Path vectorsPath = dir.resolve("v.tvec");
        Path indexPath = dir.resolve("hnsw.idx");
        List<List<VectorMatch>> before = new ArrayList<>();
        try (VectorFile file = TestVectors.write(vectorsPath, vectors, VectorEncoding.FLOAT32);
                HnswIndex built = HnswIndex.build(file, Metric.COSINE, JobListener.NONE, 2)) {
            built.save(indexPath);
            for (float[] q : queries) {
                before.add(built.search(q, 10, Metric.COSINE));
            }
        }
        try (VectorFile file = VectorFile.open(vectorsPath); HnswIndex loaded = HnswIndex.load(indexPath, file)) {
            assertThat(loaded.metric()).isEqualTo(Metric.COSINE);
            assertThat(loaded.size()).isEqualTo(3000);
            for (int i = 0; i < queries.length; i++) {
                assertThat(loaded.search(queries[i], 10, Metric.COSINE)).isEqualTo(before.get(i));
            }
            assertThat(loaded.searchExcluding(vectors[5], 3, Metric.COSINE, 5)).extracting(VectorMatch::row)
                    .doesNotContain(5).hasSize(3);
        }
    }

    @Test
    void loadRefusesAnIndexBuiltForOtherOrFewerRows() throws IOException {
        float[][] vectors = TestVectors.clustered(500, 16, 10, 37);
        Path indexPath = dir.resolve("hnsw.idx");
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), vectors, VectorEncoding.FLOAT32);
                VectorFile other = TestVectors.write(dir.resolve("other.tvec"), vectors, VectorEncoding.FLOAT32)) {
            HnswIndex.build(file, Metric.EUCLIDEAN, JobListener.NONE, 1).save(indexPath);
            assertThatThrownBy(() -> HnswIndex.load(indexPath, other)).isInstanceOfSatisfying(
                    VectorFileException.class, e -> assertThat(e.field()).isEqualTo("vectorFileId"))
                    .hasMessageContaining("the index was built for other vectors or fewer rows; build it again");
            file.append(1, vectors[0]);
            file.commit();
            assertThatThrownBy(() -> HnswIndex.load(indexPath, file)).isInstanceOf(VectorFileException.class)
                    .hasMessage(indexPath + ": header field 'rows': expected 501 (from " + file.path()
                            + "), found 500: the index was built for other vectors or fewer rows; build it again");
            file.truncate(500);
            file.truncate(499);
            file.append(2, vectors[1]);   // same count, different last row
            assertThatThrownBy(() -> HnswIndex.load(indexPath, file)).isInstanceOfSatisfying(
                    VectorFileException.class, e -> assertThat(e.field()).isEqualTo("lastRowChecksum"));
            Files.write(indexPath, new byte[100]);
            assertThatThrownBy(() -> HnswIndex.load(indexPath, file)).isInstanceOf(VectorFileException.class)
                    .hasMessage(indexPath + ": header field 'magic': expected \"TIROHNSW\": not a saved HNSW index;"
                            + " delete it to rebuild");
        }
    }

    @Test
    void anEmptyFileGivesAnEmptyIndex() throws IOException {
        try (VectorFile file = VectorFile.create(dir.resolve("empty.tvec"), 8, VectorEncoding.FLOAT32);
                HnswIndex hnsw = HnswIndex.build(file, Metric.COSINE, JobListener.NONE, 1)) {
            assertThat(hnsw.size()).isZero();
            assertThat(hnsw.search(new float[8], 5, Metric.COSINE)).isEmpty();
        }
    }

    @Test
    void buildReportsProgressLeavesNoThreadsAndStopsWhenCancelled() throws Exception {
        float[][] vectors = TestVectors.clustered(5000, 16, 20, 38);
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), vectors, VectorEncoding.FLOAT32)) {
            Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
            List<Long> progress = new ArrayList<>();
            HnswIndex.build(file, Metric.COSINE, (stage, done, total) -> {
                assertThat(stage).isEqualTo("hnsw");
                assertThat(total).isEqualTo(5000);
                progress.add(done);
            }, 2).close();
            assertThat(progress).containsExactly(2048L, 4096L, 5000L);
            assertNoNewThreads(before);

            JobListener cancelAfterFirstBatch = new JobListener() {
                private int reports;

                @Override
                public void progress(String stage, long done, long total) {
                    reports++;
                }

                @Override
                public boolean cancelled() {
                    return reports > 0;
                }
            };
            assertThatThrownBy(() -> HnswIndex.build(file, Metric.COSINE, cancelAfterFirstBatch, 2))
                    .isInstanceOf(JobCancelledException.class).hasMessage("Cancelled during hnsw");
            assertNoNewThreads(before);
        }
    }

    private static void assertNoNewThreads(Set<Thread> before) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t)) {
                t.join(2000);   // a pool worker may still be returning from its run loop
                assertThat(t.isAlive()).as("thread %s left running", t.getName()).isFalse();
            }
        }
    }

    /** Mean over the queries of |HNSW top 10 ∩ exact top 10| / 10. */
    static double recallAtTen(VectorIndex approximate, ExactIndex exact, float[][] queries, Metric metric) {
        long found = 0;
        for (float[] q : queries) {
            Set<Integer> truth = new HashSet<>();
            exact.search(q, 10, metric).forEach(m -> truth.add(m.row()));
            found += approximate.search(q, 10, metric).stream().filter(m -> truth.contains(m.row())).count();
        }
        return found / (10.0 * queries.length);
    }
}

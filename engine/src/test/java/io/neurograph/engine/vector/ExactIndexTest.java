package io.neurograph.engine.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactIndexTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} d={2}")
    @CsvSource({"FLOAT32, COSINE, 64", "FLOAT32, EUCLIDEAN, 64", "INT8, COSINE, 64", "INT8, EUCLIDEAN, 64",
            "FLOAT32, COSINE, 301", "INT8, EUCLIDEAN, 301", "FLOAT32, EUCLIDEAN, 5", "INT8, COSINE, 5"})
    void agreesWithANaiveDoublePrecisionReference(VectorEncoding encoding, Metric metric, int dimension)
            throws IOException {
        float[][] vectors = TestVectors.clustered(3000, dimension, 30, dimension);
        float[][] queries = TestVectors.clustered(20, dimension, 30, dimension + 1);
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), vectors, encoding)) {
            float[][] stored = new float[vectors.length][];   // INT8: the reference sees the decoded vectors
            for (int row = 0; row < vectors.length; row++) {
                stored[row] = file.get(row);
            }
            ExactIndex index = new ExactIndex(file);
            for (float[] query : queries) {
                assertSameMatches(index.search(query, 10, metric), NaiveSearch.search(stored, query, 10, metric));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} d={2}")
    @CsvSource({"FLOAT32, COSINE, 300", "FLOAT32, EUCLIDEAN, 300", "INT8, COSINE, 300", "INT8, EUCLIDEAN, 300",
            "FLOAT32, COSINE, 13", "INT8, EUCLIDEAN, 13", "FLOAT32, EUCLIDEAN, 3", "INT8, COSINE, 3"})
    void vectorApiAndScalarKernelsGiveTheSameRowsInTheSameOrder(VectorEncoding encoding, Metric metric,
            int dimension) throws IOException {
        assertThat(ScanKernel.best()).as("this test JVM runs with --add-modules jdk.incubator.vector")
                .isInstanceOf(SimdKernel.class);
        float[][] vectors = TestVectors.clustered(5000, dimension, 50, 7);
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), vectors, encoding)) {
            ExactIndex simd = new ExactIndex(file);
            ExactIndex scalar = new ExactIndex(file, ScalarKernel.INSTANCE);
            assertThat(simd.kernel()).startsWith("Vector API, ");
            assertThat(scalar.kernel()).isEqualTo("scalar");
            for (float[] query : TestVectors.clustered(30, dimension, 50, 8)) {
                // identical: same rows, same order, bit-identical scores
                assertThat(simd.search(query, 10, metric)).isEqualTo(scalar.search(query, 10, metric));
            }
        }
    }

    @Test
    void searchExcludingLeavesOutOneRowAndStillReturnsK() throws IOException {
        float[][] vectors = TestVectors.clustered(500, 16, 5, 9);
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), vectors, VectorEncoding.FLOAT32)) {
            ExactIndex index = new ExactIndex(file);
            List<VectorMatch> withSelf = index.search(vectors[42], 6, Metric.COSINE);
            assertThat(withSelf.getFirst().row()).isEqualTo(42);
            assertThat(withSelf.getFirst().score()).isCloseTo(1f, within(1e-6f));
            List<VectorMatch> others = index.searchExcluding(vectors[42], 5, Metric.COSINE, 42);
            assertThat(others).containsExactlyElementsOf(withSelf.subList(1, 6));
        }
    }

    @Test
    void edgeCasesSmallKZeroQueryAndBadQueries() throws IOException {
        float[][] vectors = TestVectors.clustered(4, 8, 2, 10);
        vectors[2] = new float[8];
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), vectors, VectorEncoding.FLOAT32)) {
            ExactIndex index = new ExactIndex(file);
            assertThat(index.search(vectors[0], 100, Metric.EUCLIDEAN)).hasSize(4);
            assertThat(index.search(vectors[0], 0, Metric.EUCLIDEAN)).isEmpty();
            // the zero row and a zero query score 0 with cosine, not NaN
            assertThat(index.search(vectors[0], 4, Metric.COSINE)).filteredOn(m -> m.row() == 2)
                    .extracting(VectorMatch::score).containsExactly(0f);
            assertThat(index.search(new float[8], 4, Metric.COSINE)).extracting(VectorMatch::score)
                    .containsOnly(0f);
            assertThat(index.search(new float[8], 4, Metric.COSINE)).extracting(VectorMatch::row)
                    .containsExactly(0, 1, 2, 3);
            assertThatThrownBy(() -> index.search(new float[7], 3, Metric.COSINE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the query has 7 values, the file holds 8-dimensional vectors");
            assertThatThrownBy(() -> index.search(vectors[0], -1, Metric.COSINE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be >= 0, got -1");
        }
    }

    @Test
    void seesRowsAppendedAfterItWasCreated() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        float[][] vectors = TestVectors.gaussian(10, 8, 1, random);
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), vectors, VectorEncoding.FLOAT32)) {
            ExactIndex index = new ExactIndex(file);
            float[] late = TestVectors.gaussian(1, 8, 1, random)[0];
            file.append(5, late);
            assertThat(index.search(late, 1, Metric.EUCLIDEAN)).containsExactly(new VectorMatch(10, 5, 0f));
        }
    }

    /** Same rows in the same order; scores within 1e-5, relative for distances above 1. */
    static void assertSameMatches(List<VectorMatch> actual, List<VectorMatch> expected) {
        assertThat(actual).extracting(VectorMatch::row).containsExactlyElementsOf(
                expected.stream().map(VectorMatch::row).toList());
        assertThat(actual).extracting(VectorMatch::tokenId).containsExactlyElementsOf(
                expected.stream().map(VectorMatch::tokenId).toList());
        for (int i = 0; i < actual.size(); i++) {
            float e = expected.get(i).score();
            assertThat(actual.get(i).score()).isCloseTo(e, within(1e-5f * Math.max(1, Math.abs(e))));
        }
    }
}

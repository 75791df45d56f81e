package io.neurograph.engine.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.util.JobListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorIndexesTest {
    @TempDir
    Path dir;

    @Test
    void autoAndExactUseTheExactScanForSmallFiles() throws IOException {
        try (VectorFile file = TestVectors.write(dir.resolve("v.tvec"), TestVectors.clustered(100, 8, 4, 40),
                VectorEncoding.FLOAT32)) {
            assertThat(VectorIndexes.choose(file, dir, Metric.COSINE, IndexMode.AUTO, 2, JobListener.NONE))
                    .isInstanceOf(ExactIndex.class);
            assertThat(VectorIndexes.choose(file, dir, Metric.COSINE, IndexMode.EXACT, 2, JobListener.NONE))
                    .isInstanceOf(ExactIndex.class);
            assertThat(VectorIndexes.hnswFile(dir, Metric.COSINE)).doesNotExist();
        }
    }

    @Test
    void hnswIsBuiltOnceSavedAndLoadedByALaterProcessUntilTheVectorsChange() throws IOException {
        Path vectorsPath = dir.resolve("v.tvec");
        Path data = dir.resolve("bootstrap");
        float[][] vectors = TestVectors.clustered(1500, 24, 15, 41);
        Path saved = VectorIndexes.hnswFile(data, Metric.EUCLIDEAN);
        assertThat(saved.getFileName().toString()).isEqualTo("hnsw-euclidean.idx");
        List<String> builds = new ArrayList<>();
        JobListener listener = (stage, done, total) -> builds.add(stage + " " + done + "/" + total);
        List<VectorMatch> first;
        try (VectorFile file = TestVectors.write(vectorsPath, vectors, VectorEncoding.FLOAT32);
                VectorIndex index = VectorIndexes.choose(file, data, Metric.EUCLIDEAN, IndexMode.HNSW, 2, listener)) {
            assertThat(index).isInstanceOf(HnswIndex.class);
            assertThat(builds).containsExactly("hnsw 1500/1500");
            assertThat(saved).exists();
            first = index.search(vectors[3], 5, Metric.EUCLIDEAN);
        }
        try (VectorFile file = VectorFile.open(vectorsPath);
                VectorIndex index = VectorIndexes.choose(file, data, Metric.EUCLIDEAN, IndexMode.HNSW, 2, listener)) {
            assertThat(builds).as("loaded, not rebuilt").hasSize(1);
            assertThat(index.search(vectors[3], 5, Metric.EUCLIDEAN)).isEqualTo(first);
            file.append(9, vectors[0]);
            file.commit();
        }
        try (VectorFile file = VectorFile.open(vectorsPath);
                VectorIndex index = VectorIndexes.choose(file, data, Metric.EUCLIDEAN, IndexMode.HNSW, 2, listener)) {
            assertThat(builds).as("rebuilt for the new row").containsExactly("hnsw 1500/1500", "hnsw 1501/1501");
            assertThat(index.search(vectors[0], 2, Metric.EUCLIDEAN)).extracting(VectorMatch::row)
                    .containsExactlyInAnyOrder(0, 1500);
        }
        Files.write(saved, new byte[] {1, 2, 3});
        try (VectorFile file = VectorFile.open(vectorsPath);
                VectorIndex index = VectorIndexes.choose(file, data, Metric.EUCLIDEAN, IndexMode.HNSW, 2, listener)) {
            assertThat(builds).as("a damaged index is rebuilt").hasSize(3);
            assertThat(index.search(vectors[3], 5, Metric.EUCLIDEAN)).isEqualTo(first);
        }
    }
}

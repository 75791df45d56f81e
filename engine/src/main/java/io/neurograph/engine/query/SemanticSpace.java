package io.neurograph.engine.query;

import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.PcaModel;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.ExactIndex;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.Metric;
import io.neurograph.engine.vector.VectorFile;
import io.neurograph.engine.vector.VectorIndex;
import io.neurograph.engine.vector.VectorIndexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bootstrapped vectors of a data folder, opened for search: the memory-mapped vector file, its
 * nearest-neighbour index (exact or the saved HNSW graph), the PCA that placed the concepts in L8, and —
 * when a sentence model made the vectors — that model, to embed free text into the same space.
 */
public final class SemanticSpace implements AutoCloseable {
    private final VectorFile vectors;
    private final VectorIndex index;
    private final PcaModel pca;
    private final Function<String, float[]> sentenceModel;
    /** Scores rows the index did not return (concepts that activation brought in). */
    private final ExactIndex scorer;

    private SemanticSpace(VectorFile vectors, VectorIndex index, PcaModel pca, Function<String, float[]> sentenceModel) {
        this.vectors = vectors;
        this.index = index;
        this.pca = pca;
        this.sentenceModel = sentenceModel;
        this.scorer = new ExactIndex(vectors);
    }

    /**
     * @param sentenceModel embeds text into the vectors' space, or null if no sentence model made them
     * @param threads       threads of an index build, if the saved index must be rebuilt (the engine's
     *                      {@code models().settings().threads()})
     * @param listener      progress of that build
     * @throws QueryException if nothing was bootstrapped into {@code dataDir} yet
     */
    public static SemanticSpace open(Path dataDir, Function<String, float[]> sentenceModel, int threads,
            JobListener listener) throws IOException {
        Path folder = dataDir.resolve(BootstrapJob.FOLDER);
        Path vectorFile = folder.resolve(BootstrapJob.VECTORS_FILE);
        Path pcaFile = folder.resolve(PcaModel.FILE_NAME);
        if (!Files.isRegularFile(vectorFile) || !Files.isRegularFile(pcaFile)) {
            throw new QueryException("Nothing to search in " + dataDir + ": bootstrap concepts first with"
                    + " `tiro bootstrap --default` (offline, built in) or `tiro bootstrap FILE` (word vectors)");
        }
        VectorFile vectors = VectorFile.open(vectorFile);
        try {
            PcaModel pca = PcaModel.load(pcaFile);
            VectorIndex index = VectorIndexes.choose(vectors, folder, Metric.COSINE, IndexMode.AUTO, threads, listener);
            return new SemanticSpace(vectors, index, pca, sentenceModel);
        } catch (IOException | RuntimeException e) {
            vectors.close();
            throw e;
        }
    }

    public VectorFile vectors() {
        return vectors;
    }

    public VectorIndex index() {
        return index;
    }

    public PcaModel pca() {
        return pca;
    }

    /** The sentence model's embedding of {@code text}, if these vectors have a sentence model. */
    Optional<float[]> embed(String text) {
        if (sentenceModel == null) {
            return Optional.empty();
        }
        float[] v = sentenceModel.apply(text);
        if (v.length != vectors.dimension()) {
            throw new QueryException("The sentence model makes " + v.length + "-dimensional vectors but the"
                    + " bootstrapped vectors have " + vectors.dimension() + " dimensions");
        }
        return Optional.of(v);
    }

    /** Cosine similarity of {@code query} and a stored row, computed as the index computes it. */
    float cosine(float[] query, int row) {
        return scorer.score(query, row, Metric.COSINE);
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            vectors.close();
        }
    }
}

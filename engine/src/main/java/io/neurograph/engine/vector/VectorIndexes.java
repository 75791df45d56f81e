package io.neurograph.engine.vector;

import io.neurograph.engine.util.JobListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the index for a vector file: exact for small files, HNSW (saved in the data folder) for large ones. */
public final class VectorIndexes {
    /** {@link IndexMode#AUTO} uses the exact scan below this many rows. */
    public static final int EXACT_BELOW = 50_000;

    private VectorIndexes() {
    }

    /**
     * The index {@code mode} asks for; AUTO means EXACT below {@link #EXACT_BELOW} rows, else HNSW. HNSW loads
     * {@link #hnswFile} when it matches the vectors, else builds it on {@code threads} threads (progress and
     * cancel through {@code listener}) and saves it there, so a later process does not rebuild.
     */
    public static VectorIndex choose(VectorFile file, Path dataDir, Metric metric, IndexMode mode, int threads,
            JobListener listener) throws IOException {
        boolean exact = switch (mode) {
            case EXACT -> true;
            case HNSW -> false;
            case AUTO -> file.count() < EXACT_BELOW;
        };
        if (exact) {
            return new ExactIndex(file);
        }
        Path saved = hnswFile(dataDir, metric);
        if (Files.exists(saved)) {
            try {
                return HnswIndex.load(saved, file);
            } catch (VectorFileException stale) {
                // built for other or fewer rows, or damaged: it is a cache, so build it again below
            }
        }
        HnswIndex built = HnswIndex.build(file, metric, listener, threads);
        Files.createDirectories(dataDir);
        built.save(saved);
        return built;
    }

    /** Where {@link #choose} keeps the HNSW graph for {@code metric}: {@code hnsw-cosine.idx} or {@code hnsw-euclidean.idx}. */
    public static Path hnswFile(Path dataDir, Metric metric) {
        return dataDir.resolve("hnsw-" + metric.name().toLowerCase(Locale.ROOT) + ".idx");
    }
}

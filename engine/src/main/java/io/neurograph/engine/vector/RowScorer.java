package io.neurograph.engine.vector;

import static io.neurograph.engine.vector.VectorFile.FLOAT;
import static io.neurograph.engine.vector.VectorFile.NORM_OFFSET;
import static io.neurograph.engine.vector.VectorFile.PAYLOAD_OFFSET;
import static io.neurograph.engine.vector.VectorFile.SCALE_OFFSET;

import java.lang.foreign.MemorySegment;

/**
 * Scores rows of a {@link VectorFile} against one query as a cost, lower = better: minus the cosine similarity
 * (row norms are stored in the file), or the squared Euclidean distance (the square root is taken only for the
 * k results). Shared by the exact scan and the HNSW rerank so both report identical scores.
 */
final class RowScorer {
    private final VectorFile file;
    private final MemorySegment rows;
    private final ScanKernel kernel;
    private final Metric metric;
    private final float[] query;
    private final boolean int8;
    private final float inverseQueryNorm;

    RowScorer(VectorFile file, ScanKernel kernel, Metric metric, float[] query) {
        file.checkVector(query, "the query");
        this.file = file;
        this.rows = file.mapping();
        this.kernel = kernel;
        this.metric = metric;
        this.query = query;
        this.int8 = file.encoding() == VectorEncoding.INT8;
        float norm = VectorFile.norm(query);
        this.inverseQueryNorm = norm == 0 ? 0 : 1 / norm;
    }

    float cost(int row) {
        long at = file.rowOffset(row);
        float scale = int8 ? rows.get(FLOAT, at + SCALE_OFFSET) : 1f;
        if (metric == Metric.EUCLIDEAN) {
            return int8 ? kernel.squaredDistanceInt8(rows, at + PAYLOAD_OFFSET, query, scale)
                    : kernel.squaredDistance(rows, at + PAYLOAD_OFFSET, query);
        }
        float norm = rows.get(FLOAT, at + NORM_OFFSET);
        if (norm == 0) {
            return 0;
        }
        float dot = int8 ? scale * kernel.dotInt8(rows, at + PAYLOAD_OFFSET, query)
                : kernel.dot(rows, at + PAYLOAD_OFFSET, query);
        return -dot * inverseQueryNorm / norm;
    }

    /** The metric's score for a cost: similarity (0 − cost, so a zero cost is +0) or distance. */
    float score(float cost) {
        return metric == Metric.COSINE ? 0f - cost : (float) Math.sqrt(cost);
    }
}

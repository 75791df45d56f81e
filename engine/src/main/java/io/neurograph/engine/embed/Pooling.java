package io.neurograph.engine.embed;

/** Mean pooling of token vectors under an attention mask, then L2 normalisation. */
public final class Pooling {
    private Pooling() {
    }

    /**
     * @param hidden row-major [tokens × dimension] token vectors of one sequence
     * @param mask   1 for tokens that count, 0 for padding
     */
    public static float[] meanNormalized(float[] hidden, long[] mask, int dimension) {
        return meanNormalized(hidden, mask, 0, mask.length, dimension);
    }

    /**
     * One sequence of a padded batch.
     *
     * @param hidden row-major [sequences × tokens × dimension] token vectors
     * @param mask   row-major [sequences × tokens]: 1 for tokens that count, 0 for padding
     * @param row    which sequence
     */
    public static float[] meanNormalized(float[] hidden, long[] mask, int row, int tokens, int dimension) {
        double[] sum = new double[dimension];
        long kept = 0;
        for (int t = row * tokens; t < (row + 1) * tokens; t++) {
            if (mask[t] != 0) {
                kept++;
                for (int d = 0; d < dimension; d++) {
                    sum[d] += hidden[t * dimension + d];
                }
            }
        }
        double norm = 0;
        for (int d = 0; d < dimension; d++) {
            sum[d] /= Math.max(kept, 1);
            norm += sum[d] * sum[d];
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        float[] out = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            out[d] = (float) (sum[d] * scale);
        }
        return out;
    }
}

package io.neurograph.engine.bootstrap;

/**
 * A fitted PCA with what the model file does not keep: the total variance of the sample (sum of
 * the per-dimension variances) and how many rows the fit used.
 */
public record PcaFit(PcaModel model, double totalVariance, int sampledRows) {
    /** Each component's share of the total variance, 0 … 1 (0 when the data has no variance). */
    public double[] explainedVarianceRatio() {
        float[] variance = model.explainedVariance();
        double[] ratio = new double[variance.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = totalVariance > 0 ? variance[i] / totalVariance : 0;
        }
        return ratio;
    }
}

package io.neurograph.engine.reflex;

/**
 * When a remembered connection may answer (upstream §7.5): its confidence is at least
 * {@code minConfidence} (150 ≈ 0.6), a Hypothesis needs {@code hypothesisThreshold} (200 ≈ 0.8), and
 * the state must resemble the reflex's source token by more than {@code similarityThreshold} (0.85).
 */
public record FastPathConfig(int minConfidence, int hypothesisThreshold, double similarityThreshold) {
    public static final FastPathConfig DEFAULTS = new FastPathConfig(150, 200, 0.85);

    public FastPathConfig {
        if (minConfidence < 0 || minConfidence > 255 || hypothesisThreshold < 0 || hypothesisThreshold > 255) {
            throw new IllegalArgumentException("Fast-path confidences are raw u8 values 0..255, got " + minConfidence
                    + " and " + hypothesisThreshold);
        }
        if (!(similarityThreshold >= -1 && similarityThreshold <= 1)) {
            throw new IllegalArgumentException("similarityThreshold is a cosine, −1..1, got " + similarityThreshold);
        }
    }
}

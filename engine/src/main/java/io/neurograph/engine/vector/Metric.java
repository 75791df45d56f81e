package io.neurograph.engine.vector;

/**
 * How vectors are compared. {@code COSINE} scores are cosine similarities (higher is better; a zero vector
 * scores 0 against everything), {@code EUCLIDEAN} scores are distances (lower is better).
 */
public enum Metric {
    COSINE,
    EUCLIDEAN;

    public boolean higherIsBetter() {
        return this == COSINE;
    }
}

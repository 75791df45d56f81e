package io.neurograph.engine.vector;

/** Which {@link VectorIndex} {@link VectorIndexes#choose} returns; {@code AUTO} decides by size. */
public enum IndexMode {
    AUTO,
    EXACT,
    HNSW
}

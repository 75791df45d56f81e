package io.neurograph.engine.vector;

/** One search hit: the row in the {@link VectorFile}, that row's token id, and the {@link Metric}'s score. */
public record VectorMatch(int row, long tokenId, float score) {
}

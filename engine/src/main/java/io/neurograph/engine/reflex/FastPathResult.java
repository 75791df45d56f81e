package io.neurograph.engine.reflex;

/**
 * A reflex answer: use connection {@code connectionId}, learned at token {@code sourceTokenId}, whose
 * coordinates resemble the state's by {@code similarity} (cosine); {@code hash} is the state's cell.
 */
public record FastPathResult(long connectionId, long sourceTokenId, double similarity, long hash) {
}

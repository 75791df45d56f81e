package io.neurograph.engine.reflex;

/** One remembered reaction: in states like token {@code sourceTokenId}, use connection {@code connectionId}. */
public record Reflex(long connectionId, long sourceTokenId) {
}

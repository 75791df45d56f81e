package io.neurograph.engine.query;

/**
 * One connection on the path along which activation reached a result.
 *
 * @param confidence the connection's confidence (0..1) when the query ran
 */
public record PathStep(long from, long to, long connectionId, String type, float confidence) {
}

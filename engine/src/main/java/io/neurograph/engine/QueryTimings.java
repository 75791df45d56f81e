package io.neurograph.engine;

/**
 * Query counts for monitoring: {@code answered} since the engine opened and the latencies of the newest
 * answers, oldest first; the last {@code answered - previous.answered} entries are the ones since a previous reading.
 */
public record QueryTimings(long answered, long[] recentMicros) {
}

package io.neurograph.engine.guardian;

/** Guardian counters and the memory reading taken when they were collected. */
public record GuardianStats(
        long tokensValidated,
        long tokensRejected,
        long connectionsValidated,
        long connectionsRejected,
        long tokens,
        long connections,
        long quotaExceeded,
        long memoryUsedBytes,
        double memoryUsagePercent) {
}

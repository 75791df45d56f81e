package io.neurograph.engine.metrics;

/** The key engine numbers at one moment, for {@code tiro status} and the Dashboard. */
public record MetricsSnapshot(
        long tokensActive,
        long connectionsActive,
        long tokensCreated,
        long tokensDeleted,
        long connectionsCreated,
        long connectionsDeleted,
        long tokensValidated,
        long tokensRejected,
        long connectionsValidated,
        long connectionsRejected,
        long quotaExceeded,
        long gridQueries,
        long memoryUsedBytes,
        double memoryUsagePercent,
        long eventQueueSize) {
}

package io.neurograph.engine.guardian;

/** How the Guardian measures memory use for its quotas. */
@FunctionalInterface
public interface MemoryProbe {
    /** Used heap of this JVM (total − free); noisy between collections, but cheap. */
    MemoryProbe JVM_HEAP = (tokens, connections) -> {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    };

    /** Upstream's fallback: 64 bytes per stored token and per stored connection. Deterministic. */
    MemoryProbe RECORD_ESTIMATE = (tokens, connections) -> 64L * (tokens + connections);

    long usedBytes(long tokens, long connections);
}

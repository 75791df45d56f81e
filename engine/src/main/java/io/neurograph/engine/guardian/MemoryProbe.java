package io.neurograph.engine.guardian;

/** How the Guardian measures memory use for its quotas. */
@FunctionalInterface
public interface MemoryProbe {
    /**
     * Used heap of this JVM (total − free): cheap but counts garbage, so {@link #settle} collects it before a
     * reading near the quota becomes a refusal.
     */
    MemoryProbe JVM_HEAP = new MemoryProbe() {
        @Override
        public long usedBytes(long tokens, long connections) {
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }

        @Override
        public void settle() {
            System.gc();
        }
    };

    /** Upstream's fallback: 64 bytes per stored token and per stored connection. Deterministic. */
    MemoryProbe RECORD_ESTIMATE = (tokens, connections) -> 64L * (tokens + connections);

    long usedBytes(long tokens, long connections);

    /** Lets the next reading show only memory in use (a rare call, made when a reading nears the quota). */
    default void settle() {
    }
}

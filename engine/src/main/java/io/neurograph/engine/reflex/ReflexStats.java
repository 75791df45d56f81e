package io.neurograph.engine.reflex;

/**
 * The fast path's counters (upstream IntuitionStats' reflex fields).
 *
 * @param avgFastPathTimeNs     mean time of a fast-path lookup, hits and misses
 * @param associativeMemorySize cells held
 * @param totalReflexes         reflexes held
 * @param hypothesisCount       reflexes whose connection is now a Hypothesis
 * @param learnableCount        reflexes whose connection is now Learnable
 * @param hashCollisions        lookups that found more than one candidate
 * @param reflexesCreated       reflexes added by consolidation in this process
 * @param reflexesPromoted      auto-consolidation attempts that passed the gates
 * @param reflexesFailed        auto-consolidation attempts that did not
 * @param evicted               cells dropped by the LRU bound
 */
public record ReflexStats(long fastPathHits, long fastPathMisses, double avgFastPathTimeNs, int associativeMemorySize,
                          int totalReflexes, int hypothesisCount, int learnableCount, long hashCollisions,
                          double avgCandidatesPerLookup, long reflexesCreated, long reflexesPromoted, long reflexesFailed,
                          int currentShiftDefault, long shiftAdjustments, long evicted) {
    public double hitRate() {
        long n = fastPathHits + fastPathMisses;
        return n == 0 ? 0 : (double) fastPathHits / n;
    }
}

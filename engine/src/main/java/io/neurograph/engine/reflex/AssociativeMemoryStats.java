package io.neurograph.engine.reflex;

/**
 * Counters of an {@link AssociativeMemory}. A hit is a lookup with at least one candidate, a
 * collision a hit with more than one.
 *
 * @param entries  hashes held
 * @param reflexes reflexes held (a hash may hold several)
 * @param evicted  hashes dropped as least recently used
 */
public record AssociativeMemoryStats(long lookups, long hits, long misses, long collisions, long candidatesReturned,
                                     int entries, int reflexes, long evicted) {
    public double hitRate() {
        return lookups == 0 ? 0 : (double) hits / lookups;
    }

    public double collisionRate() {
        return hits == 0 ? 0 : (double) collisions / hits;
    }

    public double avgCandidatesPerLookup() {
        return lookups == 0 ? 0 : (double) candidatesReturned / lookups;
    }
}

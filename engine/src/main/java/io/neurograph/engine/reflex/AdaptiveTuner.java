package io.neurograph.engine.reflex;

import java.util.Optional;

/**
 * Adjusts the hash shifts from the memory's recent behaviour (upstream §7.5). It judges the lookups
 * since its previous decision (upstream used lifetime totals, which stop moving once many lookups
 * have been counted): every {@code tuningInterval} lookups, a hit rate in (0, minHitRate) asks for
 * coarser cells, else a collision rate above {@code maxCollisionRate} asks for finer ones. Not
 * thread-safe; its owner serialises calls.
 */
public final class AdaptiveTuner {
    private final AdaptiveTuningConfig config;
    private long lookupsSeen;
    private long hitsSeen;
    private long collisionsSeen;

    public AdaptiveTuner(AdaptiveTuningConfig config) {
        this.config = config;
    }

    /** The shifts to use from now on, when they should change. */
    public Optional<ShiftConfig> tune(AssociativeMemoryStats stats, ShiftConfig current) {
        long lookups = stats.lookups() - lookupsSeen;
        if (!config.enabled() || lookups < config.tuningInterval()) {
            return Optional.empty();
        }
        long hits = stats.hits() - hitsSeen;
        long collisions = stats.collisions() - collisionsSeen;
        lookupsSeen = stats.lookups();
        hitsSeen = stats.hits();
        collisionsSeen = stats.collisions();
        double hitRate = (double) hits / lookups;
        double collisionRate = hits == 0 ? 0 : (double) collisions / hits;
        ShiftConfig next = current;
        if (hitRate > 0 && hitRate < config.minHitRate()) {
            next = current.increased();
        } else if (collisionRate > config.maxCollisionRate()) {
            next = current.decreased();
        }
        return next.equals(current) ? Optional.empty() : Optional.of(next);
    }
}

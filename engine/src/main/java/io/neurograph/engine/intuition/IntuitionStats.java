package io.neurograph.engine.intuition;

import io.neurograph.engine.reflex.ReflexStats;

/** Everything {@code tiro intuition stats} shows: the experience window, the slow path and the fast path. */
public record IntuitionStats(ExperienceStats experience, SlowPathStats slowPath, ReflexStats reflex) {

    public double hitRate() {
        return reflex.hitRate();
    }

    /** Mean slow-path cycle time over mean fast-path lookup time; 0 until both have run. */
    public double speedup() {
        double fast = reflex.avgFastPathTimeNs();
        double slow = slowPath.avgCycleNanos();
        return fast > 0 && slow > 0 ? slow / fast : 0;
    }
}

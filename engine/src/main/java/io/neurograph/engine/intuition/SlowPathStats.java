package io.neurograph.engine.intuition;

/**
 * The slow path's counters in this process, plus the learned policies (persisted).
 *
 * @param cycles                  slow-path cycles run (upstream slow_path_uses)
 * @param avgCycleNanos           mean cycle time
 * @param proposalsDropped        proposals refused because the evolution queue was full
 * @param proposalsQueued         proposals waiting for the rate limit
 * @param connectionUpdates       connection proposals applied (ADNA → Connection feedback)
 * @param connectionRefusals      connection proposals refused by the rules or the Guardian
 * @param policies                state cells with a learned policy
 */
public record SlowPathStats(long cycles, double avgCycleNanos, long patternsFound, long proposalsSent,
                            long proposalsAccepted, long proposalsRejected, long proposalsDropped, int proposalsQueued,
                            long connectionUpdates, long connectionRefusals, int policies) {
}

package io.neurograph.engine.intuition;

import io.neurograph.engine.store.ConnectionChange;
import java.util.List;

/**
 * What one slow-path cycle did; all empty when the cycle was {@link #skipped()} because the IntuitionEngine
 * is disabled.
 *
 * @param sampled            events in the batch
 * @param patterns           every pattern found, best first
 * @param sent               proposals queued for the evolution manager this cycle
 * @param dropped            proposals the full queue refused
 * @param decisions          proposals decided this cycle (may include earlier cycles' queued ones)
 * @param connectionChanges  connection changes made by accepted proposals
 * @param connectionRefusals why connection proposals were refused, one line each
 * @param skipped            the IntuitionEngine is disabled, so the cycle did nothing
 */
public record CycleReport(int sampled, List<IdentifiedPattern> patterns, List<PolicyProposal> sent, int dropped,
                          List<ProposalDecision> decisions, List<ConnectionChange> connectionChanges,
                          List<String> connectionRefusals, long nanos, boolean skipped) {
    public CycleReport {
        patterns = List.copyOf(patterns);
        sent = List.copyOf(sent);
        decisions = List.copyOf(decisions);
        connectionChanges = List.copyOf(connectionChanges);
        connectionRefusals = List.copyOf(connectionRefusals);
    }

    /** The report of a cycle that did not run. */
    public static CycleReport skippedCycle() {
        return new CycleReport(0, List.of(), List.of(), 0, List.of(), List.of(), List.of(), 0, true);
    }
}

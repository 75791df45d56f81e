package io.neurograph.engine.intuition;

/**
 * What the experience window holds now (restored with the stream, so it survives restarts).
 *
 * @param fullyAppraised     events marked FULLY_APPRAISED
 * @param homeostasisRewards events whose homeostasis slot is non-zero (likewise the other three)
 * @param positiveFeedback   feedback events with a positive verdict
 * @param proposalsAccepted  ProposalAccepted events (the slow path's log)
 */
public record ExperienceStats(long size, long totalWritten, int capacity, long fullyAppraised, long homeostasisRewards,
                              long curiosityRewards, long efficiencyRewards, long goalRewards, long positiveFeedback,
                              long negativeFeedback, long proposalsAccepted, long proposalsRejected) {
}

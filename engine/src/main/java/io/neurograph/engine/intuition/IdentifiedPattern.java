package io.neurograph.engine.intuition;

/**
 * In one state cell, events of action {@code betterAction} earned a higher mean total reward than
 * those of {@code worseAction}.
 *
 * @param confidence  min(1, t / 3) with t the Welch statistic of the two means
 * @param sampleCount events of both actions together
 */
public record IdentifiedPattern(long stateBin, int betterAction, int worseAction, double rewardDelta, double confidence,
                                int sampleCount) {
}

package io.neurograph.engine.intuition;

/** What the {@link EvolutionManager} did with a proposal; {@code reason} says why it was rejected. */
public record ProposalDecision(PolicyProposal proposal, boolean accepted, String reason) {
}

package io.neurograph.engine.intuition;

import io.neurograph.engine.util.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Judges policy proposals and applies the accepted ones (upstream EvolutionManager, §7.4). A proposal
 * is rejected when its confidence or expected impact is below the thresholds, its op is not
 * {@code replace} or it carries no value; an accepted one replaces the whole {@link ActionPolicy} of
 * its cell. Proposals wait in a bounded queue and at most {@code maxProposalsPerSecond} are decided
 * per clock second: there is no timer, {@link #process()} decides what the rate allows when called.
 * Not thread-safe; its owner serialises calls.
 */
public final class EvolutionManager {
    private final EvolutionConfig config;
    private final Clock clock;
    private final ArrayDeque<PolicyProposal> queue = new ArrayDeque<>();
    private final Map<Long, ActionPolicy> policies = new TreeMap<>();
    private long windowSecond = Long.MIN_VALUE;
    private int decidedInWindow;

    public EvolutionManager(EvolutionConfig config, Clock clock, Map<Long, ActionPolicy> restored) {
        this.config = config;
        this.clock = clock;
        this.policies.putAll(restored);
    }

    /** Queues a proposal; false (and not queued) when the queue is full. */
    public boolean submit(PolicyProposal proposal) {
        if (queue.size() >= config.queueCapacity()) {
            return false;
        }
        queue.add(proposal);
        return true;
    }

    /** Decides queued proposals, oldest first, as many as this clock second still allows. */
    public List<ProposalDecision> process() {
        long now = clock.nowSeconds();
        if (now != windowSecond) {
            windowSecond = now;
            decidedInWindow = 0;
        }
        List<ProposalDecision> decisions = new ArrayList<>();
        while (!queue.isEmpty() && decidedInWindow < config.maxProposalsPerSecond()) {
            decidedInWindow++;
            decisions.add(decide(queue.poll(), now));
        }
        return decisions;
    }

    private ProposalDecision decide(PolicyProposal p, long now) {
        String reason = rejection(p);
        if (reason != null) {
            return new ProposalDecision(p, false, reason);
        }
        policies.put(p.stateBin(), new ActionPolicy(p.value(), p.id().toString(), now, p.justification()));
        return new ProposalDecision(p, true, "");
    }

    private String rejection(PolicyProposal p) {
        if (p.confidence() < config.minConfidence()) {
            return String.format(Locale.ROOT, "confidence %.3f is below the threshold %.3f", p.confidence(),
                    config.minConfidence());
        }
        if (p.expectedImpact() < config.minExpectedImpact()) {
            return String.format(Locale.ROOT, "expected impact %.3f is below the minimum %.3f",
                    p.expectedImpact(), config.minExpectedImpact());
        }
        if (!PolicyProposal.REPLACE.equals(p.op())) {
            return "op '" + p.op() + "' is not supported; only 'replace' of " + PolicyProposal.ACTION_WEIGHTS + " is";
        }
        if (!PolicyProposal.ACTION_WEIGHTS.equals(p.path())) {
            return "path '" + p.path() + "' is not " + PolicyProposal.ACTION_WEIGHTS;
        }
        if (p.value() == null || p.value().isEmpty()) {
            return "the patch carries no value";
        }
        return null;
    }

    /** Proposals waiting for the rate limit. */
    public int queued() {
        return queue.size();
    }

    public Optional<ActionPolicy> policy(long stateBin) {
        return Optional.ofNullable(policies.get(stateBin));
    }

    /** Every learned policy by cell (a read-only view). */
    public Map<Long, ActionPolicy> policies() {
        return Collections.unmodifiableMap(policies);
    }
}

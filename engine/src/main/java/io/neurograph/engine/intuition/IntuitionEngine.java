package io.neurograph.engine.intuition;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionField;
import io.neurograph.engine.connection.ConnectionProposal;
import io.neurograph.engine.connection.Mutability;
import io.neurograph.engine.connection.ProposalException;
import io.neurograph.engine.experience.EventType;
import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.experience.ExperienceFlags;
import io.neurograph.engine.reflex.FastPathResult;
import io.neurograph.engine.reflex.ReflexLayer;
import io.neurograph.engine.reflex.ReflexStats;
import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.store.ConnectionNotFoundException;
import io.neurograph.engine.store.Repository;
import io.neurograph.engine.store.StoreException;
import io.neurograph.engine.store.TokenNotFoundException;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.Clock;
import io.neurograph.engine.util.RunningMean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The IntuitionEngine v3 (upstream §7): an experience stream appraised by the four appraisers, a slow
 * path that finds better actions per state cell and turns them into policies (and confidence for the
 * connections behind them), and a reflex fast path.
 *
 * <p>Nothing runs by itself: events are appraised while they are written, the slow path runs when the
 * owner calls {@link #runCycle()}, the fast path when it calls {@link #tryFastPath}. Every event is
 * committed to the repository once appraised, and accepted policies too; both are restored when the
 * engine is built. The reflex memory is not stored: it is rebuilt on first use from the connections
 * that pass the auto-consolidation gates, remembered under both of their tokens — which is how
 * feedback consolidates them in the first place.
 *
 * <p>The engine can be disabled (the {@code intuition_engine} module): the slow path and the fast path then skip
 * their work — {@link #runCycle()} returns a skipped report, {@link #tryFastPath} no answer, and feedback makes
 * no reflexes — while experience and feedback are still recorded and connections still learn from feedback, so
 * nothing users said is lost. On enabling, the reflex memory is rebuilt from the connections at its next use,
 * which catches up the reflexes that feedback earned meanwhile.
 *
 * <p>The slow path's settings can be replaced between cycles ({@link #reconfigure}).
 *
 * <p>Not thread-safe (but {@link #isEnabled()} and {@link #config()} may be read from any thread); the engine's
 * intuition service serialises every call with its writes.
 */
public final class IntuitionEngine {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private volatile IntuitionConfig config;
    private final EngineAccess access;
    private final Repository repository;
    private final Clock clock;
    private final RandomGenerator rng;
    private final ExperienceStream stream;
    private final StateBins bins;
    private PatternDetector detector;
    private final EvolutionManager evolution;
    private final ReflexLayer reflexes;
    private boolean reflexesRebuilt;
    private volatile boolean enabled = true;
    private final RunningMean cycleNanos = new RunningMean();
    private long patternsFound;
    private long proposalsSent;
    private long proposalsAccepted;
    private long proposalsRejected;
    private long proposalsDropped;
    private long connectionUpdates;
    private long connectionRefusals;

    /**
     * Builds the engine and restores the experience window and the learned policies from
     * {@code repository}.
     *
     * @throws StoreException when a stored policy is damaged
     */
    public IntuitionEngine(IntuitionConfig config, EngineAccess access, Repository repository, Clock clock,
                           RandomGenerator rng) {
        this.config = config;
        this.access = access;
        this.repository = repository;
        this.clock = clock;
        this.rng = rng;
        this.stream = new ExperienceStream(config.streamCapacity());
        this.stream.restore(repository.loadExperience(config.streamCapacity()));
        this.stream.subscribe(config.appraisers().listenerFor(stream));
        this.bins = new StateBins(config.stateBinsPerDim());
        this.detector = new PatternDetector(bins, config.minSamples(), config.minRewardDelta());
        this.evolution = new EvolutionManager(config.evolution(), clock, restorePolicies());
        this.reflexes = new ReflexLayer(config.reflex(), access);
    }

    private Map<Long, ActionPolicy> restorePolicies() {
        Map<Long, ActionPolicy> out = new TreeMap<>();
        repository.loadPolicies().forEach((bin, json) -> {
            try {
                out.put(bin, IntuitionJson.read(json));
            } catch (IllegalArgumentException e) {
                throw new StoreException(repository.location(), "the action policy of state cell " + bin
                        + " is damaged: " + e.getMessage());
            }
        });
        return out;
    }

    // ---- experience -----------------------------------------------------------------------------

    /** Writes an event (the appraisers fill its rewards), commits it, and returns it as stored. */
    public ExperienceEvent record(ExperienceEvent event, ActionMetadata metadata) {
        long seq = stream.write(event, metadata) - 1;
        repository.saveExperience(seq, stream.record(seq), stream.capacity());
        return stream.get(seq);
    }

    /**
     * Records a user's verdict on one query result: every connection that delivered it learns
     * (confidence up by its learning rate, or down by half that), a feedback event is recorded (see
     * {@link FeedbackEvents}), and on a positive verdict each connection that has now earned it
     * becomes a reflex under both of its tokens.
     *
     * @param connectionIds the connections that delivered the result, in path order; empty for a
     *                      direct hit. One of them must touch the result; the last such one names the
     *                      relation that reached it.
     * @throws TokenNotFoundException      when the result token does not exist
     * @throws ConnectionNotFoundException when a connection does not exist (nothing is changed then)
     * @throws IllegalArgumentException    when no connection touches the result
     */
    public FeedbackResult recordFeedback(long queryId, long resultTokenId, long[] connectionIds, boolean positive) {
        Token result = access.token(resultTokenId).orElseThrow(() -> new TokenNotFoundException(resultTokenId));
        int action = FeedbackEvents.DIRECT_HIT;
        for (long id : connectionIds) {
            Connection c = access.connection(id).orElseThrow(() -> new ConnectionNotFoundException(id));
            if (c.tokenA() == resultTokenId || c.tokenB() == resultTokenId) {
                action = FeedbackEvents.viaRelation(c.type());
            }
        }
        if (connectionIds.length > 0 && action == FeedbackEvents.DIRECT_HIT) {
            throw new IllegalArgumentException("None of the connections " + Arrays.toString(connectionIds)
                    + " touches result token " + resultTokenId + "; pass the path that reached the result");
        }
        List<ConnectionEntry> updated = new ArrayList<>(connectionIds.length);
        for (long id : connectionIds) {
            updated.add(access.feedback(id, positive));
        }
        UUID eventId = UUID.randomUUID();
        ExperienceEvent event = new ExperienceEvent(eventId.getMostSignificantBits(), eventId.getLeastSignificantBits(),
                nowMicros(), queryId, resultTokenId, action, ExperienceFlags.FULLY_APPRAISED,
                FeedbackEvents.stateOf(result), new float[ExperienceEvent.VECTOR_LENGTH], 0f, 0f, 0f,
                positive ? 1f : -1f, 0, 0);
        ExperienceEvent stored = record(event,
                new ActionMetadata("query_feedback", "tiro", IntuitionJson.feedback(connectionIds, positive)));
        int consolidated = 0;
        if (positive && enabled) {
            for (ConnectionEntry e : updated) {
                consolidated += consolidateAtBothEnds(e.id(), e.connection());
            }
        }
        return new FeedbackResult(stored, updated, consolidated);
    }

    /** Auto-consolidates a connection under each of its tokens; returns how many of the two qualified. */
    private int consolidateAtBothEnds(long id, Connection c) {
        int consolidated = 0;
        for (long tokenId : new long[] {c.tokenA(), c.tokenB()}) {
            Optional<Token> t = access.token(tokenId);
            if (t.isPresent() && reflexes.tryAutoConsolidate(t.get(), id, c)) {
                consolidated++;
            }
        }
        return consolidated;
    }

    // ---- slow path ------------------------------------------------------------------------------

    /**
     * One slow-path cycle, now: sample a batch, find patterns, send the confident ones (at most
     * {@code maxProposalsPerCycle}) to the evolution manager, and act on what it decides within its
     * rate limit: log each decision to the stream, store accepted policies and strengthen the
     * connections behind them.
     */
    public CycleReport runCycle() {
        if (!enabled) {
            return CycleReport.skippedCycle();
        }
        long start = System.nanoTime();
        IntuitionConfig c = config;
        List<ExperienceEvent> batch = stream.sampleBatch(c.batchSize(), c.sampling(), rng);
        List<IdentifiedPattern> patterns = detector.find(batch);
        long now = clock.nowSeconds();
        List<PolicyProposal> sent = new ArrayList<>();
        int dropped = 0;
        for (IdentifiedPattern p : patterns) {
            if (sent.size() + dropped >= c.maxProposalsPerCycle()) {
                break;
            }
            if (p.confidence() >= c.minConfidence()) {
                PolicyProposal proposal = PolicyProposal.of(p, now);
                if (evolution.submit(proposal)) {
                    sent.add(proposal);
                } else {
                    dropped++;
                }
            }
        }
        List<ProposalDecision> decisions = evolution.process();
        List<ConnectionChange> changes = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (ProposalDecision d : decisions) {
            logDecision(d);
            if (d.accepted()) {
                PolicyProposal p = d.proposal();
                repository.savePolicy(p.stateBin(), IntuitionJson.write(evolution.policy(p.stateBin()).orElseThrow()));
                strengthenConnections(p, changes, refusals);
                proposalsAccepted++;
            } else {
                proposalsRejected++;
            }
        }
        long nanos = System.nanoTime() - start;
        cycleNanos.add(nanos);
        patternsFound += patterns.size();
        proposalsSent += sent.size();
        proposalsDropped += dropped;
        connectionUpdates += changes.size();
        connectionRefusals += refusals.size();
        return new CycleReport(batch.size(), patterns, sent, dropped, decisions, changes, refusals, nanos, false);
    }

    private void logDecision(ProposalDecision d) {
        PolicyProposal p = d.proposal();
        EventType type = d.accepted() ? EventType.PROPOSAL_ACCEPTED : EventType.PROPOSAL_REJECTED;
        record(new ExperienceEvent(p.id().getMostSignificantBits(), p.id().getLeastSignificantBits(), nowMicros(),
                        p.stateBin(), 0, type.code(), ExperienceFlags.FULLY_APPRAISED, bins.center(p.stateBin()),
                        new float[ExperienceEvent.VECTOR_LENGTH], 0f, 0f, 0f, 0f, 0, 0),
                new ActionMetadata("policy_proposal", "intuition", IntuitionJson.decision(d)));
    }

    /**
     * ADNA → Connection feedback (upstream hybrid learning): when the better action of an accepted
     * proposal is a relation type, the Learnable connections of that type at the results users rated
     * positively in that cell gain min(0.2, 0.1 · confidence) confidence and the proposal's evidence,
     * through Modify proposals that the connection rules and the Guardian check.
     */
    private void strengthenConnections(PolicyProposal p, List<ConnectionChange> changes, List<String> refusals) {
        int better = p.betterAction();
        OptionalInt relation = FeedbackEvents.relationOf(better);
        if (relation.isEmpty()) {
            return;
        }
        float boost = (float) Math.min(0.2, p.confidence() * 0.1);
        int evidence = Math.min(0xFFFF, p.sampleCount());
        for (long id : targetConnections(p.stateBin(), better, relation.getAsInt())) {
            Optional<Connection> c = access.connection(id);
            if (c.isEmpty()) {
                continue;
            }
            float old = c.get().confidence() / 255f;
            try {
                changes.add(access.applyProposal(new ConnectionProposal.Modify(id, ConnectionField.CONFIDENCE, old,
                        Math.min(1f, old + boost), p.justification(), evidence)));
            } catch (ProposalException e) {
                refusals.add("connection " + id + ": " + e.getMessage());
            }
        }
    }

    private Set<Long> targetConnections(long bin, int action, int relationType) {
        Set<Long> targets = new LinkedHashSet<>();
        for (ExperienceEvent e : stream.queryRange(stream.oldest(), stream.totalWritten())) {
            if (e.typeCode() != action || e.totalReward() <= 0 || bins.binOf(e.state()) != bin) {
                continue;
            }
            for (long id : access.connectionsOf(e.stepNumber())) {
                if (targets.size() >= config.maxConnectionFeedback()) {
                    return targets;
                }
                access.connection(id).filter(c -> c.type() == relationType && c.mutability() == Mutability.LEARNABLE)
                        .ifPresent(c -> targets.add(id));
            }
        }
        return targets;
    }

    // ---- fast path ------------------------------------------------------------------------------

    /** The reflex answer for a state; none, and no lookup counted, while the engine is disabled. */
    public Optional<FastPathResult> tryFastPath(Token state) {
        if (!enabled) {
            return Optional.empty();
        }
        rebuildReflexesOnce();
        return reflexes.tryFastPath(state);
    }

    private void rebuildReflexesOnce() {
        if (enabled && !reflexesRebuilt) {
            reflexesRebuilt = true;
            access.forEachConnection(e -> {
                Connection c = e.connection();
                if (reflexes.qualifies(c)) {
                    access.token(c.tokenA()).ifPresent(t -> reflexes.remember(t, e.id()));
                    access.token(c.tokenB()).ifPresent(t -> reflexes.remember(t, e.id()));
                }
            });
        }
    }

    // ---- switch ---------------------------------------------------------------------------------

    /** Enables or disables the slow and fast paths (see the class comment). */
    public void setEnabled(boolean on) {
        if (on && !enabled) {
            reflexesRebuilt = false;
        }
        enabled = on;
    }

    public boolean isEnabled() {
        return enabled;
    }

    // ---- settings -------------------------------------------------------------------------------

    /** The settings in force; may be read from any thread. */
    public IntuitionConfig config() {
        return config;
    }

    /**
     * Puts new slow-path settings in force from the next cycle on: batch size, minimum confidence, proposals per
     * cycle, minimum samples, minimum reward delta and connection feedback. The rest shapes stored state (the
     * window's capacity, the state cells policies are kept by) or long-lived parts, so it is fixed at construction.
     *
     * @throws IllegalArgumentException when {@code next} differs from the settings in force in anything else
     */
    public void reconfigure(IntuitionConfig next) {
        IntuitionConfig now = config;
        if (next.streamCapacity() != now.streamCapacity() || next.stateBinsPerDim() != now.stateBinsPerDim()
                || !next.sampling().equals(now.sampling()) || !next.appraisers().equals(now.appraisers())
                || !next.evolution().equals(now.evolution()) || !next.reflex().equals(now.reflex())) {
            throw new IllegalArgumentException("Only the slow path's batch, thresholds and limits can change while the"
                    + " IntuitionEngine runs; the stream capacity, state cells, sampling, appraisers, evolution and"
                    + " reflex settings are fixed when it is built");
        }
        detector = new PatternDetector(bins, next.minSamples(), next.minRewardDelta());
        config = next;
    }

    // ---- reading --------------------------------------------------------------------------------

    public ExperienceView experience() {
        return stream;
    }

    public Optional<ActionPolicy> policy(long stateBin) {
        return evolution.policy(stateBin);
    }

    public Map<Long, ActionPolicy> policies() {
        return evolution.policies();
    }

    public StateBins bins() {
        return bins;
    }

    public IntuitionStats stats() {
        rebuildReflexesOnce();
        ReflexStats reflex = reflexes.stats();
        return new IntuitionStats(experienceStats(), new SlowPathStats(cycleNanos.count(), cycleNanos.mean(), patternsFound,
                proposalsSent, proposalsAccepted, proposalsRejected, proposalsDropped, evolution.queued(),
                connectionUpdates, connectionRefusals, evolution.policies().size()), reflex);
    }

    private ExperienceStats experienceStats() {
        long appraised = 0;
        long[] slots = new long[AppraiserType.values().length];
        long positive = 0;
        long negative = 0;
        long accepted = 0;
        long rejected = 0;
        for (ExperienceEvent e : stream.queryRange(stream.oldest(), stream.totalWritten())) {
            if (e.hasFlag(ExperienceFlags.FULLY_APPRAISED)) {
                appraised++;
            }
            float[] rewards = {e.rewardHomeostasis(), e.rewardCuriosity(), e.rewardEfficiency(), e.rewardGoal()};
            for (int i = 0; i < rewards.length; i++) {
                if (rewards[i] != 0) {
                    slots[i]++;
                }
            }
            int code = e.typeCode();
            if (code == FeedbackEvents.DIRECT_HIT || FeedbackEvents.relationOf(code).isPresent()) {
                if (e.rewardGoal() > 0) {
                    positive++;
                } else {
                    negative++;
                }
            } else if (code == EventType.PROPOSAL_ACCEPTED.code()) {
                accepted++;
            } else if (code == EventType.PROPOSAL_REJECTED.code()) {
                rejected++;
            }
        }
        return new ExperienceStats(stream.size(), stream.totalWritten(), stream.capacity(), appraised, slots[0], slots[1],
                slots[2], slots[3], positive, negative, accepted, rejected);
    }

    private long nowMicros() {
        return clock.nowSeconds() * MICROS_PER_SECOND;
    }
}

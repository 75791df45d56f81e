package io.neurograph.engine.reflex;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.Mutability;
import io.neurograph.engine.guardian.ValidationError;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.RunningMean;
import java.util.List;
import java.util.Optional;

/**
 * The fast path (System 1, upstream §7.5): a state token is hashed into a grid cell, the cell's
 * reflexes are looked up in the {@link AssociativeMemory}, and the best eligible one answers.
 *
 * <p>Fixed against upstream: a candidate whose connection (or source token) no longer exists is
 * skipped, where upstream gave up on the whole lookup; the similarity is the cosine between the
 * state's coordinates and the reflex's source token's ({@link TokenSimilarity}), where upstream used
 * the connection's confidence as a placeholder; a reflex is stored under the state's hash with the
 * connection's id (upstream stored the connection's token_a id, so the "connection" it later looked
 * up was a token id); the average time is a true running mean over all lookups (upstream averaged
 * each new time with the previous average); the memory has a real LRU bound; and after the tuner
 * changes the shifts, the remembered reflexes are re-hashed so they stay reachable.
 *
 * <p>Not thread-safe; its owner serialises calls.
 */
public final class ReflexLayer {
    /** Auto-consolidation needs confidence ≥ 192 (≈ 75 %). */
    public static final int CONSOLIDATE_MIN_CONFIDENCE = 192;
    /** Auto-consolidation needs evidence ≥ 10. */
    public static final int CONSOLIDATE_MIN_EVIDENCE = 10;

    /** What the layer reads from the engine. */
    public interface Lookups {
        Optional<Token> token(long id);

        Optional<Connection> connection(long id);

        /** The Guardian's reflex rules; empty when the connection may become a reflex. */
        List<ValidationError> validateReflex(Connection c);
    }

    private final ReflexConfig config;
    private final Lookups lookups;
    private final AssociativeMemory memory;
    private final AdaptiveTuner tuner;
    private ShiftConfig shifts;
    private long hits;
    private long misses;
    private final RunningMean lookupNanos = new RunningMean();
    private long created;
    private long promoted;
    private long failed;
    private long shiftAdjustments;

    public ReflexLayer(ReflexConfig config, Lookups lookups) {
        this.config = config;
        this.lookups = lookups;
        this.memory = new AssociativeMemory(config.memoryEntries());
        this.tuner = new AdaptiveTuner(config.tuning());
        this.shifts = config.shifts();
    }

    /** The remembered connection for a state like this one, if a good enough one exists. */
    public Optional<FastPathResult> tryFastPath(Token state) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        long hash = GridHash.compute(state, shifts);
        FastPathResult best = null;
        int bestConfidence = -1;
        for (Reflex r : memory.lookup(hash)) {
            Optional<Connection> c = lookups.connection(r.connectionId()).filter(this::eligible);
            Optional<Token> source = lookups.token(r.sourceTokenId());
            if (c.isEmpty() || source.isEmpty()) {
                continue;
            }
            double similarity = TokenSimilarity.cosine(state, source.get());
            int confidence = c.get().confidence();
            if (best == null || similarity > best.similarity()
                    || (similarity == best.similarity() && confidence > bestConfidence)) {
                best = new FastPathResult(r.connectionId(), r.sourceTokenId(), similarity, hash);
                bestConfidence = confidence;
            }
        }
        Optional<FastPathResult> answer = Optional.ofNullable(best)
                .filter(b -> b.similarity() > config.fastPath().similarityThreshold());
        if (answer.isPresent()) {
            hits++;
        } else {
            misses++;
        }
        lookupNanos.add(System.nanoTime() - start);
        tuner.tune(memory.stats(), shifts).ifPresent(this::retune);
        return answer;
    }

    private boolean eligible(Connection c) {
        FastPathConfig fp = config.fastPath();
        return c.confidence() >= fp.minConfidence()
                && (c.mutability() != Mutability.HYPOTHESIS || c.confidence() >= fp.hypothesisThreshold());
    }

    /** Remembers connection {@code connectionId} for states like {@code state}; false when already known. */
    public boolean consolidate(Token state, long connectionId) {
        boolean added = remember(state, connectionId);
        if (added) {
            created++;
        }
        return added;
    }

    /**
     * Consolidates when the connection has earned it ({@link #qualifies}); counts the attempt as
     * promoted or failed.
     */
    public boolean tryAutoConsolidate(Token state, long connectionId, Connection c) {
        if (!qualifies(c)) {
            failed++;
            return false;
        }
        promoted++;
        consolidate(state, connectionId);
        return true;
    }

    /**
     * Upstream's auto-consolidation gates: confidence ≥ 192, evidence ≥ 10, not a Hypothesis, and
     * accepted by the Guardian's reflex rules.
     */
    public boolean qualifies(Connection c) {
        return c.confidence() >= CONSOLIDATE_MIN_CONFIDENCE && c.evidenceCount() >= CONSOLIDATE_MIN_EVIDENCE
                && c.mutability() != Mutability.HYPOTHESIS && lookups.validateReflex(c).isEmpty();
    }

    /** Stores a reflex without counting it as new (rebuilding the memory after a restart). */
    public boolean remember(Token state, long connectionId) {
        return memory.insert(GridHash.compute(state, shifts), new Reflex(connectionId, state.id()));
    }

    private void retune(ShiftConfig next) {
        shifts = next;
        shiftAdjustments++;
        List<Reflex> all = memory.reflexes();
        memory.clear();
        for (Reflex r : all) {
            lookups.token(r.sourceTokenId()).ifPresent(t -> remember(t, r.connectionId()));
        }
    }

    public ShiftConfig shifts() {
        return shifts;
    }

    public AssociativeMemory memory() {
        return memory;
    }

    public ReflexStats stats() {
        AssociativeMemoryStats m = memory.stats();
        int hypotheses = 0;
        int learnable = 0;
        for (Reflex r : memory.reflexes()) {
            Optional<Mutability> mut = lookups.connection(r.connectionId()).map(Connection::mutability);
            if (mut.isPresent() && mut.get() == Mutability.HYPOTHESIS) {
                hypotheses++;
            } else if (mut.isPresent() && mut.get() == Mutability.LEARNABLE) {
                learnable++;
            }
        }
        return new ReflexStats(hits, misses, lookupNanos.mean(), m.entries(), m.reflexes(), hypotheses, learnable, m.collisions(),
                m.avgCandidatesPerLookup(), created, promoted, failed, shifts.defaultShift(), shiftAdjustments,
                m.evicted());
    }
}

package io.neurograph.engine.cdna;

import io.neurograph.engine.cdna.CdnaManagerSnapshot.Trial;
import io.neurograph.engine.cdna.CdnaValidation.Issue;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.EventBus;
import io.neurograph.engine.metrics.CdnaOperation;
import io.neurograph.engine.metrics.EngineMetrics;
import io.neurograph.engine.util.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Owns the CDNA in force, the previous versions (newest first, at most {@code maxHistory}) and an
 * optional quarantine trial. History holds previous versions only, so a rollback always returns to
 * the version that was replaced last (upstream could skip back further after two updates).
 *
 * <p>A trial makes a candidate CDNA current (with the QUARANTINE state bit) while remembering the
 * one it replaced. Its owner feeds it write metrics and calls {@link #tick()} on every write and
 * status query; {@code tick} rolls the trial back as soon as a limit is exceeded. When the trial time
 * is over the trial stays in force until it is accepted or rolled back. No threads; time comes from
 * the {@link Clock}. Thread-safe; {@link #current()} does not lock.
 */
public final class CdnaManager {
    public static final int DEFAULT_MAX_HISTORY = 100;
    private static final long NO_READING = -1;

    private final int maxHistory;
    private final Clock clock;
    private final EventBus bus;
    private final EngineMetrics metrics;
    private final Deque<CdnaHistoryEntry> history = new ArrayDeque<>();
    private volatile Cdna current;
    private Trial trial;
    private long tokenChurn;
    private long connectionBreaks;
    private long peakMemoryGrowth;
    /** Last memory reading; {@link #NO_READING} until the first one. */
    private long lastMemoryBytes = NO_READING;

    /** Starts with {@code initial} in force and an empty history. */
    public CdnaManager(Cdna initial, int maxHistory, Clock clock, EventBus bus, EngineMetrics metrics) {
        if (maxHistory < 1) {
            throw new IllegalArgumentException("maxHistory must be ≥ 1, got " + maxHistory);
        }
        CdnaValidation v = initial.validate();
        if (!v.isValid()) {
            throw new CdnaValidationException("Initial CDNA", v);
        }
        this.maxHistory = maxHistory;
        this.clock = clock;
        this.bus = bus;
        this.metrics = metrics;
        this.current = initial;
    }

    /** Restores the state a {@link #snapshot()} captured; history beyond {@code maxHistory} is dropped. */
    public static CdnaManager restore(CdnaManagerSnapshot snapshot, int maxHistory, Clock clock, EventBus bus,
            EngineMetrics metrics) {
        CdnaManager m = new CdnaManager(snapshot.current(), maxHistory, clock, bus, metrics);
        snapshot.history().stream().limit(maxHistory).forEach(m.history::addLast);
        snapshot.quarantine().ifPresent(t -> {
            m.trial = t;
            m.tokenChurn = t.metrics().tokenChurn();
            m.connectionBreaks = t.metrics().connectionBreaks();
            m.peakMemoryGrowth = t.metrics().memoryGrowthBytes();
            m.lastMemoryBytes = t.memoryBaselineBytes() == NO_READING ? NO_READING
                    : t.memoryBaselineBytes() + t.metrics().memoryGrowthBytes();
        });
        return m;
    }

    /** The CDNA in force (a trial CDNA while a quarantine runs). */
    public Cdna current() {
        return current;
    }

    /**
     * Makes {@code next} current and keeps the replaced one in history.
     *
     * @throws CdnaValidationException when {@code next} has validation errors or is not ACTIVE
     * @throws CdnaStateException while a quarantine trial is in progress
     */
    public synchronized void apply(Cdna next) {
        requireNoTrial("apply a new CDNA");
        requireApplicable(next, "CDNA");
        long now = clock.nowSeconds();
        push(new CdnaHistoryEntry(current, now));
        current = next;
        metrics.cdnaOperation(CdnaOperation.APPLY);
        bus.publish(new EngineEvent.CdnaUpdated(next.profile().key(), next.checksum(), now));
    }

    /**
     * Makes the most recently replaced CDNA current again; the one rolled back from is discarded.
     *
     * @throws CdnaStateException when the history is empty or a quarantine trial is in progress
     */
    public synchronized Cdna rollback() {
        requireNoTrial("roll back");
        if (history.isEmpty()) {
            throw new CdnaStateException("No earlier CDNA to roll back to");
        }
        current = history.removeFirst().cdna();
        metrics.cdnaOperation(CdnaOperation.ROLLBACK);
        bus.publish(new EngineEvent.CdnaRolledBack(current.profile().key(), current.checksum(), "rollback requested",
                clock.nowSeconds()));
        return current;
    }

    /** Previous versions, newest first. */
    public synchronized List<CdnaHistoryEntry> history() {
        return List.copyOf(history);
    }

    /** Number of earlier versions, without copying them (status is polled every second). */
    public synchronized int historySize() {
        return history.size();
    }

    /**
     * Puts {@code candidate} in force on trial for {@code durationSeconds}; the current CDNA is kept
     * aside for {@link #rollbackQuarantine()}.
     *
     * @throws CdnaValidationException when the candidate has validation errors or is not ACTIVE
     * @throws CdnaStateException when a trial is already in progress
     */
    public synchronized void startQuarantine(Cdna candidate, QuarantineLimits limits, long durationSeconds) {
        requireNoTrial("start another quarantine trial");
        if (durationSeconds <= 0) {
            throw new IllegalArgumentException("Quarantine duration must be > 0 seconds, got " + durationSeconds);
        }
        requireApplicable(candidate, "Quarantine candidate");
        long now = clock.nowSeconds();
        trial = new Trial(current, now, durationSeconds, limits, QuarantineMetrics.ZERO, lastMemoryBytes);
        tokenChurn = 0;
        connectionBreaks = 0;
        peakMemoryGrowth = 0;
        current = candidate.edit().profileState(candidate.profileState() | ProfileState.QUARANTINE).build(now);
        metrics.cdnaOperation(CdnaOperation.QUARANTINE_START);
        bus.publish(new EngineEvent.QuarantineStarted(current.profile().key(), durationSeconds, now));
        bus.publish(new EngineEvent.CdnaUpdated(current.profile().key(), current.checksum(), now));
    }

    /** The trial in progress, if any. Call {@link #tick()} first so that limits are enforced. */
    public synchronized Optional<QuarantineStatus> quarantineStatus() {
        if (trial == null) {
            return Optional.empty();
        }
        long remaining = Math.max(0, trial.startedAt() + trial.durationSeconds() - clock.nowSeconds());
        QuarantinePhase phase = remaining > 0 ? QuarantinePhase.RUNNING : QuarantinePhase.EXPIRED_AWAITING_DECISION;
        return Optional.of(new QuarantineStatus(phase, trial.startedAt(), trial.durationSeconds(), remaining,
                trialMetrics(), trial.limits()));
    }

    /** Rolls a trial back if it exceeded a limit and reports how it ended; empty when nothing changed. */
    public synchronized Optional<QuarantineOutcome> tick() {
        if (trial == null) {
            return Optional.empty();
        }
        return trial.limits().exceededBy(trialMetrics()).map(this::endTrialByRollback);
    }

    /**
     * Makes the trial CDNA permanent (QUARANTINE bit cleared); the replaced CDNA goes into history. A
     * trial that already exceeded a limit is rolled back instead, and the outcome says so.
     *
     * @throws CdnaStateException when no trial is in progress
     */
    public synchronized QuarantineOutcome acceptQuarantine() {
        requireTrial();
        Optional<QuarantineOutcome> failed = tick();
        if (failed.isPresent()) {
            return failed.get();
        }
        long now = clock.nowSeconds();
        QuarantineOutcome outcome = new QuarantineOutcome(true, "accepted", trialMetrics());
        push(new CdnaHistoryEntry(trial.previous(), now));
        current = current.edit()
                .profileState((current.profileState() & ~ProfileState.QUARANTINE) | ProfileState.ACTIVE)
                .build(now);
        trial = null;
        metrics.cdnaOperation(CdnaOperation.QUARANTINE_ACCEPT);
        bus.publish(new EngineEvent.QuarantineEnded(true, outcome.reason(), now));
        bus.publish(new EngineEvent.CdnaUpdated(current.profile().key(), current.checksum(), now));
        return outcome;
    }

    /**
     * Abandons the trial and restores the CDNA it replaced.
     *
     * @throws CdnaStateException when no trial is in progress
     */
    public synchronized QuarantineOutcome rollbackQuarantine() {
        requireTrial();
        return endTrialByRollback("rolled back on request");
    }

    public synchronized void recordTokenCreated(long count) {
        tokenChurn += count;
    }

    public synchronized void recordTokenDeleted(long count) {
        tokenChurn += count;
    }

    public synchronized void recordConnectionDeleted(long count) {
        connectionBreaks += count;
    }

    /**
     * A memory reading. A trial measures growth over the last reading before it started, or over its
     * own first reading when there was none (so the whole heap never counts as growth).
     */
    public synchronized void recordMemory(long usedBytes) {
        if (usedBytes < 0) {
            throw new IllegalArgumentException("Memory reading must be ≥ 0 bytes, got " + usedBytes);
        }
        lastMemoryBytes = usedBytes;
        if (trial != null) {
            if (trial.memoryBaselineBytes() == NO_READING) {
                trial = new Trial(trial.previous(), trial.startedAt(), trial.durationSeconds(), trial.limits(),
                        trial.metrics(), usedBytes);
            }
            peakMemoryGrowth = Math.max(peakMemoryGrowth, usedBytes - trial.memoryBaselineBytes());
        }
    }

    public synchronized CdnaManagerSnapshot snapshot() {
        Optional<Trial> t = Optional.ofNullable(trial).map(x -> new Trial(x.previous(), x.startedAt(),
                x.durationSeconds(), x.limits(), trialMetrics(), x.memoryBaselineBytes()));
        return new CdnaManagerSnapshot(current, new ArrayList<>(history), t);
    }

    private QuarantineOutcome endTrialByRollback(String reason) {
        long now = clock.nowSeconds();
        QuarantineOutcome outcome = new QuarantineOutcome(false, reason, trialMetrics());
        current = trial.previous();
        trial = null;
        metrics.cdnaOperation(CdnaOperation.QUARANTINE_ROLLBACK);
        bus.publish(new EngineEvent.QuarantineEnded(false, reason, now));
        bus.publish(new EngineEvent.CdnaRolledBack(current.profile().key(), current.checksum(),
                "quarantine " + reason, now));
        return outcome;
    }

    private QuarantineMetrics trialMetrics() {
        return new QuarantineMetrics(tokenChurn, connectionBreaks, peakMemoryGrowth);
    }

    private void push(CdnaHistoryEntry entry) {
        history.addFirst(entry);
        while (history.size() > maxHistory) {
            history.removeLast();
        }
    }

    private void requireNoTrial(String action) {
        if (trial != null) {
            throw new CdnaStateException("Cannot " + action + " while a quarantine trial (started at "
                    + trial.startedAt() + ") is in progress: accept it or roll it back first");
        }
    }

    private void requireTrial() {
        if (trial == null) {
            throw new CdnaStateException("No quarantine trial is in progress");
        }
    }

    private static void requireApplicable(Cdna next, String what) {
        List<Issue> issues = new ArrayList<>(next.validate().issues());
        if (!next.hasState(ProfileState.ACTIVE)) {
            issues.add(new Issue(Severity.ERROR, "profile_state", String.format(
                    "profile_state 0x%X lacks ACTIVE (0x1); a CDNA in quarantine mode cannot be applied",
                    next.profileState()), next.profileState()));
        }
        CdnaValidation v = new CdnaValidation(issues);
        if (!v.isValid()) {
            throw new CdnaValidationException(what, v);
        }
    }
}

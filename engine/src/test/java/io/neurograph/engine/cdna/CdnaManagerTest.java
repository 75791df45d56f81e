package io.neurograph.engine.cdna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.EventBus;
import io.neurograph.engine.event.Subscription;
import io.neurograph.engine.metrics.EngineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CdnaManagerTest {
    private static final long T0 = 1_700_000_000L;

    private final AtomicLong now = new AtomicLong(T0);
    private final EventBus bus = new EventBus();
    private final EngineMetrics metrics = new EngineMetrics();
    private Subscription events;
    private CdnaManager manager;
    private Cdna d;
    private Cdna e;
    private Cdna c;

    @BeforeEach
    void setUp() {
        events = bus.subscribe(Set.of(EngineEvent.class), 100);
        d = Cdna.defaults(T0);
        e = Cdna.forProfile(ProfileId.EXPLORER, T0);
        c = Cdna.forProfile(ProfileId.CREATIVE, T0);
        manager = new CdnaManager(d, CdnaManager.DEFAULT_MAX_HISTORY, now::get, bus, metrics);
    }

    private List<EngineEvent> drained() {
        List<EngineEvent> out = new ArrayList<>();
        events.drain(out::add, 100);
        return out;
    }

    @Test
    void rollbackReturnsToTheVersionReplacedLast() {
        manager.apply(e);
        now.addAndGet(10);
        manager.apply(c);
        assertThat(manager.history()).extracting(CdnaHistoryEntry::cdna).containsExactly(e, d);
        assertThat(manager.history()).extracting(CdnaHistoryEntry::savedAt).containsExactly(T0 + 10, T0);

        assertThat(manager.rollback()).isEqualTo(e);
        assertThat(manager.current()).isEqualTo(e);
        assertThat(manager.history()).extracting(CdnaHistoryEntry::cdna).containsExactly(d);
        assertThat(manager.rollback()).isEqualTo(d);
        assertThatThrownBy(manager::rollback).isInstanceOf(CdnaStateException.class)
                .hasMessage("No earlier CDNA to roll back to");

        assertThat(drained()).extracting(ev -> ev.getClass().getSimpleName())
                .containsExactly("CdnaUpdated", "CdnaUpdated", "CdnaRolledBack", "CdnaRolledBack");
        assertThat(metrics.scrape()).contains("neurograph_cdna_operations_total{op=\"apply\"} 2.0")
                .contains("neurograph_cdna_operations_total{op=\"rollback\"} 2.0");
    }

    @Test
    void historyKeepsTheNewestHundred() {
        for (int i = 0; i < 105; i++) {
            manager.apply(Cdna.defaults(T0).edit().maxInDegree(i).build(T0 + i));
        }
        List<CdnaHistoryEntry> h = manager.history();
        assertThat(h).hasSize(100);
        assertThat(h.getFirst().cdna().maxInDegree()).isEqualTo(103);
        assertThat(h.getLast().cdna().maxInDegree()).isEqualTo(4);
    }

    @Test
    void invalidOrNonActiveCdnasAreRefused() {
        Cdna bad = d.edit().mutationRate(3f).build(T0);
        assertThatThrownBy(() -> manager.apply(bad)).isInstanceOf(CdnaValidationException.class)
                .hasMessageContaining("mutation_rate");
        Cdna inactive = d.edit().profileState(ProfileState.QUARANTINE).build(T0);
        assertThatThrownBy(() -> manager.apply(inactive)).isInstanceOf(CdnaValidationException.class)
                .hasMessageContaining("profile_state").hasMessageContaining("ACTIVE");
        byte[] tampered = d.toBytes();
        tampered[300] ^= 4;
        assertThatThrownBy(() -> manager.apply(Cdna.fromBytes(tampered))).hasMessageContaining("checksum");
        assertThat(manager.current()).isEqualTo(d);
        assertThat(manager.history()).isEmpty();
    }

    @Test
    void quarantineRollsBackAutomaticallyWhenALimitIsExceeded() {
        manager.startQuarantine(e, new QuarantineLimits(100, 10, 1_000), 300);
        assertThat(manager.current().hasState(ProfileState.QUARANTINE)).isTrue();
        assertThat(manager.current().profile()).isEqualTo(ProfileId.EXPLORER);

        manager.recordTokenCreated(60);
        manager.recordTokenDeleted(40);
        assertThat(manager.tick()).isEmpty();
        manager.recordTokenDeleted(1);
        QuarantineOutcome outcome = manager.tick().orElseThrow();

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reason()).contains("token churn 101").contains("100");
        assertThat(outcome.metrics().tokenChurn()).isEqualTo(101);
        assertThat(manager.current()).isEqualTo(d);
        assertThat(manager.quarantineStatus()).isEmpty();
        assertThat(manager.history()).isEmpty();
        assertThat(drained()).last().isInstanceOfSatisfying(EngineEvent.CdnaRolledBack.class,
                r -> assertThat(r.reason()).contains("token churn"));
    }

    @Test
    void memoryGrowthIsMeasuredFromTheReadingBeforeTheTrial() {
        manager.recordMemory(5_000);
        manager.startQuarantine(e, new QuarantineLimits(100, 10, 1_000), 300);
        manager.recordMemory(5_900);
        manager.recordMemory(5_100);
        assertThat(manager.quarantineStatus().orElseThrow().metrics().memoryGrowthBytes()).isEqualTo(900);
        assertThat(manager.tick()).isEmpty();
        manager.recordConnectionDeleted(11);
        assertThat(manager.tick().orElseThrow().reason()).startsWith("connection breaks 11");
    }

    @Test
    void withoutAnEarlierReadingTheTrialsFirstReadingIsTheBaseline() {
        manager.startQuarantine(e, new QuarantineLimits(100, 10, 1_000), 300);
        manager.recordMemory(900_000_000);
        manager.recordMemory(900_000_400);
        assertThat(manager.tick()).isEmpty();
        assertThat(manager.quarantineStatus().orElseThrow().metrics().memoryGrowthBytes()).isEqualTo(400);
        assertThatThrownBy(() -> manager.recordMemory(-5)).hasMessageContaining("≥ 0");
    }

    @Test
    void expiredTrialWaitsForADecisionAndCanBeAccepted() {
        manager.startQuarantine(e, QuarantineLimits.DEFAULTS, 300);
        now.addAndGet(120);
        QuarantineStatus running = manager.quarantineStatus().orElseThrow();
        assertThat(running.phase()).isEqualTo(QuarantinePhase.RUNNING);
        assertThat(running.remainingSeconds()).isEqualTo(180);

        now.addAndGet(500);
        assertThat(manager.tick()).isEmpty();
        QuarantineStatus expired = manager.quarantineStatus().orElseThrow();
        assertThat(expired.phase()).isEqualTo(QuarantinePhase.EXPIRED_AWAITING_DECISION);
        assertThat(expired.remainingSeconds()).isZero();
        assertThat(manager.current().hasState(ProfileState.QUARANTINE)).as("still on trial").isTrue();

        QuarantineOutcome outcome = manager.acceptQuarantine();
        assertThat(outcome.accepted()).isTrue();
        Cdna accepted = manager.current();
        assertThat(accepted.hasState(ProfileState.QUARANTINE)).isFalse();
        assertThat(accepted.hasState(ProfileState.ACTIVE)).isTrue();
        assertThat(accepted.maxOutDegree()).isEqualTo(2000);
        assertThat(accepted.validate().isValid()).isTrue();
        assertThat(manager.history()).extracting(CdnaHistoryEntry::cdna).containsExactly(d);
        assertThat(manager.quarantineStatus()).isEmpty();
        assertThat(manager.rollback()).isEqualTo(d);
    }

    @Test
    void acceptingATrialThatBrokeALimitRollsItBack() {
        manager.startQuarantine(e, new QuarantineLimits(0, 0, 0), 60);
        manager.recordTokenCreated(1);
        QuarantineOutcome outcome = manager.acceptQuarantine();
        assertThat(outcome.accepted()).isFalse();
        assertThat(manager.current()).isEqualTo(d);
    }

    @Test
    void manualRollbackRestoresThePreviousCdna() {
        manager.startQuarantine(e, QuarantineLimits.DEFAULTS, 60);
        assertThat(manager.rollbackQuarantine().reason()).isEqualTo("rolled back on request");
        assertThat(manager.current()).isEqualTo(d);
        assertThat(drained()).extracting(ev -> ev.getClass().getSimpleName()).containsExactly("QuarantineStarted",
                "CdnaUpdated", "QuarantineEnded", "CdnaRolledBack");
    }

    @Test
    void oneTrialAtATimeAndNoOtherChangesDuringIt() {
        manager.startQuarantine(e, QuarantineLimits.DEFAULTS, 60);
        assertThatThrownBy(() -> manager.startQuarantine(c, QuarantineLimits.DEFAULTS, 60))
                .isInstanceOf(CdnaStateException.class).hasMessageContaining("in progress").hasMessageContaining("accept");
        assertThatThrownBy(() -> manager.apply(c)).isInstanceOf(CdnaStateException.class);
        assertThatThrownBy(manager::rollback).isInstanceOf(CdnaStateException.class);
        manager.rollbackQuarantine();
        assertThatThrownBy(manager::acceptQuarantine).isInstanceOf(CdnaStateException.class)
                .hasMessageContaining("No quarantine trial");
        assertThatThrownBy(() -> manager.startQuarantine(c, QuarantineLimits.DEFAULTS, 0))
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> new QuarantineLimits(-1, 0, 0)).hasMessageContaining("maxTokenChurn");
    }

    @Test
    void snapshotRestoresHistoryAndARunningTrialExactly() {
        manager.apply(c);
        manager.recordMemory(1_000);
        now.addAndGet(5);
        manager.startQuarantine(e, new QuarantineLimits(50, 5, 10_000), 300);
        manager.recordTokenCreated(7);
        manager.recordConnectionDeleted(2);
        manager.recordMemory(1_500);

        CdnaManagerSnapshot snap = manager.snapshot();
        CdnaManagerSnapshot copy = new CdnaManagerSnapshot(Cdna.fromBytes(snap.current().toBytes()),
                snap.history().stream().map(h -> new CdnaHistoryEntry(Cdna.fromBytes(h.cdna().toBytes()),
                        h.savedAt())).toList(), snap.quarantine());
        CdnaManager restored = CdnaManager.restore(copy, 100, now::get, bus, metrics);

        assertThat(restored.snapshot()).isEqualTo(snap);
        assertThat(restored.current()).isEqualTo(manager.current());
        assertThat(restored.quarantineStatus()).isEqualTo(manager.quarantineStatus());
        assertThat(snap.quarantine().orElseThrow().metrics()).isEqualTo(new QuarantineMetrics(7, 2, 500));

        restored.recordTokenCreated(44);
        assertThat(restored.tick()).isPresent();
        assertThat(restored.current()).isEqualTo(c);
        assertThat(restored.rollback()).isEqualTo(d);
    }

    @Test
    void anInvalidInitialCdnaIsRefused() {
        Cdna bad = d.edit().maxTokenWeight(-1f).build(T0);
        assertThatThrownBy(() -> new CdnaManager(bad, 100, now::get, bus, metrics))
                .isInstanceOf(CdnaValidationException.class).hasMessageContaining("min_token_weight");
    }
}

package io.neurograph.engine.intuition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.experience.EventType;
import io.neurograph.engine.experience.ExperienceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** State cells, pattern detection and the evolution manager. */
class IntuitionSlowPathTest {
    private static final StateBins BINS = new StateBins(4);
    private static final PatternDetector DETECTOR = new PatternDetector(BINS, 10, 0.5);
    private static final int GOOD = 0x0201;
    private static final int BAD = 0x0202;

    /** {@code n} events of one action in one state, rewards mean ± spread (alternating). */
    private static List<ExperienceEvent> events(int action, float[] state, int n, float mean, float spread) {
        List<ExperienceEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Events.of(action, state, mean + (i % 2 == 0 ? spread : -spread)));
        }
        return out;
    }

    private static float[] state(float v) {
        float[] s = new float[8];
        Arrays.fill(s, v);
        return s;
    }

    @Test
    void stateCellsAreBaseBinsNumbersWithDimensionZeroMostSignificant() {
        assertThat(BINS.binOf(state(-1f))).isZero();
        assertThat(BINS.binOf(state(1f))).isEqualTo(65_535);
        float[] s = state(-1f);
        s[0] = 1f;
        assertThat(BINS.binOf(s)).isEqualTo(3L << 14);
        s[0] = -1f;
        s[7] = 0.1f; // (0.1 + 1) / 2 = 0.55 → cell 2
        assertThat(BINS.binOf(s)).isEqualTo(2);
        s[7] = Float.NaN;
        assertThat(BINS.binOf(s)).isZero();
        for (long bin : new long[] {0, 1, 777, 65_535}) {
            assertThat(BINS.binOf(BINS.center(bin))).isEqualTo(bin);
        }
        assertThat(StateBins.targetName(42)).isEqualTo("adna_state_bin_42");
        assertThatThrownBy(() -> new StateBins(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsAPlantedPatternWithItsWelchConfidence() {
        List<ExperienceEvent> batch = new ArrayList<>(events(GOOD, state(0.2f), 12, 1.0f, 0.5f));
        batch.addAll(events(BAD, state(0.2f), 10, 0.0f, 0.5f));
        List<IdentifiedPattern> found = DETECTOR.find(batch);
        assertThat(found).hasSize(1);
        IdentifiedPattern p = found.getFirst();
        assertThat(p.stateBin()).isEqualTo(BINS.binOf(state(0.2f)));
        assertThat(p.betterAction()).isEqualTo(GOOD);
        assertThat(p.worseAction()).isEqualTo(BAD);
        assertThat(p.rewardDelta()).isCloseTo(1.0, within(1e-6));
        assertThat(p.sampleCount()).isEqualTo(22);
        // sample variances 0.25·12/11 and 0.25·10/9; t = 1 / sqrt(va/12 + vb/10)
        double t = 1.0 / Math.sqrt(0.25 * 12 / 11 / 12 + 0.25 * 10 / 9 / 10);
        assertThat(p.confidence()).isCloseTo(Math.min(1, t / 3), within(1e-6));
    }

    @Test
    void noPatternBelowTheSampleOrDeltaThresholds() {
        List<ExperienceEvent> few = new ArrayList<>(events(GOOD, state(0.2f), 9, 1.0f, 0.1f));
        few.addAll(events(BAD, state(0.2f), 20, 0.0f, 0.1f));
        assertThat(DETECTOR.find(few)).isEmpty();
        List<ExperienceEvent> close = new ArrayList<>(events(GOOD, state(0.2f), 20, 0.4f, 0.1f));
        close.addAll(events(BAD, state(0.2f), 20, 0.0f, 0.1f));
        assertThat(DETECTOR.find(close)).isEmpty();
        List<ExperienceEvent> apart = new ArrayList<>(events(GOOD, state(0.2f), 20, 1.0f, 0.1f));
        apart.addAll(events(BAD, state(-0.9f), 20, 0.0f, 0.1f));
        assertThat(DETECTOR.find(apart)).as("different cells are never compared").isEmpty();
    }

    @Test
    void perfectlyConsistentEvidenceIsCertain() {
        // upstream: zero variance → confidence 0, so the clearest pattern could never be proposed
        List<ExperienceEvent> batch = new ArrayList<>(events(GOOD, state(0.2f), 10, 1f, 0f));
        batch.addAll(events(BAD, state(0.2f), 10, -1f, 0f));
        assertThat(DETECTOR.find(batch)).singleElement().satisfies(p -> assertThat(p.confidence()).isEqualTo(1.0));
    }

    @Test
    void patternsAreSortedByConfidenceTimesDeltaAndBookkeepingIsIgnored() {
        List<ExperienceEvent> batch = new ArrayList<>(events(GOOD, state(0.2f), 10, 1f, 0.5f));
        batch.addAll(events(BAD, state(0.2f), 10, 0f, 0.5f));
        batch.addAll(events(GOOD, state(-0.9f), 10, 3f, 0.1f));
        batch.addAll(events(BAD, state(-0.9f), 10, 0f, 0.1f));
        batch.addAll(events(EventType.PROPOSAL_ACCEPTED.code(), state(-0.9f), 10, -5f, 0f));
        List<IdentifiedPattern> found = DETECTOR.find(batch);
        assertThat(found).extracting(IdentifiedPattern::stateBin)
                .containsExactly(BINS.binOf(state(-0.9f)), BINS.binOf(state(0.2f)));
        assertThat(found).allSatisfy(p -> assertThat(p.worseAction()).isEqualTo(BAD));
    }

    @Test
    void aPatternBecomesAReplaceOfTheCellsActionWeights() {
        IdentifiedPattern p = new IdentifiedPattern(9, GOOD, BAD, 1.5, 0.9, 40);
        PolicyProposal proposal = PolicyProposal.of(p, 100);
        assertThat(proposal.target()).isEqualTo("adna_state_bin_9");
        assertThat(proposal.op()).isEqualTo("replace");
        assertThat(proposal.path()).isEqualTo("/action_weights");
        assertThat(proposal.value()).containsExactlyInAnyOrderEntriesOf(Map.of(GOOD, 0.8, BAD, 0.2));
        assertThat(proposal.expectedImpact()).isEqualTo(1.5);
        assertThat(proposal.confidence()).isEqualTo(0.9);
        assertThat(proposal.betterAction()).isEqualTo(GOOD);
        assertThat(proposal.justification()).contains("0x0201", "0x0202", "adna_state_bin_9");
    }

    private static PolicyProposal proposal(long bin, String op, Map<Integer, Double> value, double impact,
                                           double confidence) {
        return new PolicyProposal(UUID.randomUUID(), bin, op, "/action_weights", value, "test", impact, confidence, 20, 0);
    }

    @Test
    void theEvolutionManagerAcceptsOnlySoundProposalsAndReplacesTheWholePolicy() {
        AtomicLong now = new AtomicLong(1000);
        EvolutionManager m = new EvolutionManager(EvolutionConfig.DEFAULTS, now::get, Map.of());
        Map<Integer, Double> weights = Map.of(GOOD, 0.8, BAD, 0.2);
        m.submit(proposal(1, "replace", weights, 1.0, 0.74));
        m.submit(proposal(1, "replace", weights, 0.09, 0.9));
        m.submit(proposal(1, "add", weights, 1.0, 0.9));
        m.submit(proposal(1, "replace", null, 1.0, 0.9));
        m.submit(proposal(1, "replace", Map.of(GOOD, 0.3, 7, 0.9), 1.0, 0.9));
        m.submit(proposal(1, "replace", weights, 1.0, 0.75));
        List<ProposalDecision> d = m.process();
        assertThat(d).extracting(ProposalDecision::accepted).containsExactly(false, false, false, false, true, true);
        assertThat(d.get(0).reason()).contains("confidence 0.740", "0.750");
        assertThat(d.get(1).reason()).contains("expected impact 0.090");
        assertThat(d.get(2).reason()).contains("'add'");
        assertThat(d.get(3).reason()).contains("no value");
        ActionPolicy policy = m.policy(1).orElseThrow();
        assertThat(policy.actionWeights()).as("replaced, not merged").containsOnlyKeys(GOOD, BAD);
        assertThat(policy.selectAction()).isEqualTo(GOOD);
        assertThat(policy.weight(7)).isZero();
        assertThat(policy.lastUpdated()).isEqualTo(1000);
        assertThat(policy.ruleId()).isEqualTo(d.get(5).proposal().id().toString());
        assertThat(m.policy(2)).isEmpty();
    }

    @Test
    void theRateLimitFollowsTheClockWithoutSleeping() {
        AtomicLong now = new AtomicLong(5000);
        EvolutionManager m = new EvolutionManager(new EvolutionConfig(10, 0.75, 0.1, 15), now::get, Map.of());
        for (int i = 0; i < 15; i++) {
            assertThat(m.submit(proposal(i, "replace", Map.of(GOOD, 1.0), 1, 0.9))).isTrue();
        }
        assertThat(m.submit(proposal(99, "replace", Map.of(GOOD, 1.0), 1, 0.9))).as("queue full").isFalse();
        assertThat(m.process()).hasSize(10);
        assertThat(m.queued()).isEqualTo(5);
        assertThat(m.process()).as("same second").isEmpty();
        now.incrementAndGet();
        assertThat(m.process()).hasSize(5);
        assertThat(m.policies()).hasSize(15);
    }

    @Test
    void sampledBatchesFeedTheDetector() {
        ExperienceStream s = new ExperienceStream(100);
        events(GOOD, state(0.5f), 15, 2f, 0.2f).forEach(s::write);
        events(BAD, state(0.5f), 15, 0f, 0.2f).forEach(s::write);
        List<ExperienceEvent> batch = s.sampleBatch(1000, new SamplingStrategy.PrioritizedByReward(1.0),
                new SplittableRandom(1));
        assertThat(batch).hasSize(30);
        assertThat(DETECTOR.find(batch)).singleElement()
                .satisfies(p -> assertThat(p.betterAction()).isEqualTo(GOOD));
    }
}

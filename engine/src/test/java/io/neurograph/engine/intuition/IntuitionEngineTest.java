package io.neurograph.engine.intuition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.IntuitionService;
import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionProposal;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.connection.ProposalException;
import io.neurograph.engine.experience.EventType;
import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.experience.ExperienceFlags;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.reflex.FastPathResult;
import io.neurograph.engine.store.ConnectionNotFoundException;
import io.neurograph.engine.store.TokenNotFoundException;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IntuitionEngine through {@code Engine.intuition()} on a real data folder. */
class IntuitionEngineTest {
    private static final int VIA_SIMILAR = FeedbackEvents.viaRelation(ConnectionType.SIMILAR_TO.code());
    private static final int VIA_RELATED = FeedbackEvents.viaRelation(ConnectionType.RELATED_TO.code());

    @TempDir
    Path dir;

    private static Connection connection(LearningWorld w, long id) {
        return w.engine.connections().require(id).connection();
    }

    /** A query anchor with 12 results reached by SimilarTo and 12 by RelatedTo, all in one state cell. */
    private record Neighbourhood(Token anchor, List<Token> similar, List<Long> similarLinks, List<Token> related,
                                 List<Long> relatedLinks) {
        static Neighbourhood build(LearningWorld w) {
            Token anchor = w.concept("anchor", 1f, 1f, 0f);
            Neighbourhood n = new Neighbourhood(anchor, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (int i = 0; i < 12; i++) {
                Token s = w.concept("similar" + i, 1f + 0.01f * i, 1.2f, 0f);
                n.similar.add(s);
                n.similarLinks.add(w.connect(anchor, s, ConnectionType.SIMILAR_TO));
                Token r = w.concept("related" + i, 1f + 0.01f * i, -1.2f, 0f);
                n.related.add(r);
                n.relatedLinks.add(w.connect(anchor, r, ConnectionType.RELATED_TO));
            }
            return n;
        }

        /** Users like what SimilarTo delivers and dislike what RelatedTo delivers. */
        void rate(IntuitionService intuition) {
            for (int i = 0; i < 12; i++) {
                intuition.recordFeedback(1000 + i, similar.get(i).id(), new long[] {similarLinks.get(i)}, true);
                intuition.recordFeedback(1000 + i, related.get(i).id(), new long[] {relatedLinks.get(i)}, false);
            }
        }
    }

    @Test
    void feedbackTeachesTheConnectionsAndBecomesAnExperienceEvent() {
        try (LearningWorld w = new LearningWorld(dir)) {
            Token dog = w.concept("dog", 1f, 1f, 0f);
            Token puppy = w.concept("puppy", 1.1f, 1f, 0f);
            long link = w.connect(dog, puppy, ConnectionType.SIMILAR_TO);
            IntuitionService intuition = w.engine.intuition();

            FeedbackResult up = intuition.recordFeedback(77, puppy.id(), new long[] {link}, true);
            assertThat(up.connections()).singleElement().satisfies(e -> {
                assertThat(e.connection().confidence()).isEqualTo(160);
                assertThat(e.connection().evidenceCount()).isEqualTo(1);
            });
            ExperienceEvent e = up.event();
            assertThat(e.sequenceNumber()).isZero();
            assertThat(e.typeCode()).isEqualTo(VIA_SIMILAR);
            assertThat(e.type()).isEqualTo(EventType.CUSTOM_USER_EVENT);
            assertThat(e.episodeId()).isEqualTo(77);
            assertThat(e.stepNumber()).isEqualTo(puppy.id());
            assertThat(e.rewardGoal()).isEqualTo(1f);
            assertThat(e.totalReward()).as("the appraisers leave the verdict alone").isEqualTo(1f);
            assertThat(e.hasFlag(ExperienceFlags.FULLY_APPRAISED)).isTrue();
            assertThat(e.state()[CoordinateSpace.L8_ABSTRACT.ordinal()]).isEqualTo(11_000 / 32767f);
            assertThat(e.timestampMicros()).isEqualTo(w.now.get() * 1_000_000);
            assertThat(intuition.experience().metadata(0)).hasValueSatisfying(m -> {
                assertThat(m.intentType()).isEqualTo("query_feedback");
                assertThat(m.parametersJson()).isEqualTo("{\"connections\":[" + link + "],\"positive\":true}");
            });

            FeedbackResult down = intuition.recordFeedback(78, puppy.id(), new long[] {link}, false);
            assertThat(down.connections().getFirst().connection().confidence()).isEqualTo(144);
            assertThat(down.event().rewardGoal()).isEqualTo(-1f);
            assertThat(w.engine.graph().edge(link).orElseThrow().weight()).isEqualTo(144 / 255f);

            assertThat(intuition.recordFeedback(79, dog.id(), new long[0], true).event().typeCode())
                    .isEqualTo(FeedbackEvents.DIRECT_HIT);
            ExperienceStats stats = intuition.stats().experience();
            assertThat(stats.totalWritten()).isEqualTo(3);
            assertThat(stats.positiveFeedback()).isEqualTo(2);
            assertThat(stats.negativeFeedback()).isEqualTo(1);
            assertThat(stats.goalRewards()).isEqualTo(3);
        }
    }

    @Test
    void badFeedbackIsRefusedBeforeAnythingChanges() {
        try (LearningWorld w = new LearningWorld(dir)) {
            Token a = w.concept("a", 1f, 1f, 0f);
            Token b = w.concept("b", 1.1f, 1f, 0f);
            Token c = w.concept("c", 2f, 1f, 0f);
            long ab = w.connect(a, b, ConnectionType.SIMILAR_TO);
            IntuitionService intuition = w.engine.intuition();
            assertThatThrownBy(() -> intuition.recordFeedback(1, 999, new long[] {ab}, true))
                    .isInstanceOf(TokenNotFoundException.class);
            assertThatThrownBy(() -> intuition.recordFeedback(1, b.id(), new long[] {ab, 999}, true))
                    .isInstanceOf(ConnectionNotFoundException.class);
            assertThatThrownBy(() -> intuition.recordFeedback(1, c.id(), new long[] {ab}, true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("touches result token " + c.id());
            assertThat(connection(w, ab).confidence()).isEqualTo(128);
            assertThat(intuition.experience().totalWritten()).isZero();
        }
    }

    @Test
    void positiveFeedbackTurnsEarnedConnectionsIntoReflexesAtBothEnds() {
        try (LearningWorld w = new LearningWorld(dir)) {
            Token dog = w.concept("dog", 1f, 1f, 0f);
            Token puppy = w.concept("puppy", 1.1f, 1f, 0f);
            long link = w.confirmed(dog, puppy, 9);
            IntuitionService intuition = w.engine.intuition();
            assertThat(intuition.tryFastPath(dog)).isEmpty();
            assertThat(intuition.recordFeedback(5, puppy.id(), new long[] {link}, true).reflexes()).isEqualTo(2);
            assertThat(intuition.tryFastPath(dog)).map(FastPathResult::connectionId).contains(link);
            assertThat(intuition.tryFastPath(puppy)).map(FastPathResult::sourceTokenId).contains(puppy.id());
            assertThat(intuition.stats().reflex().reflexesPromoted()).isEqualTo(2);
            assertThat(intuition.stats().hitRate()).isEqualTo(2.0 / 3);
        }
    }

    @Test
    void theSlowPathLearnsWhichRelationUsersLikeAndStrengthensIt() {
        try (LearningWorld w = new LearningWorld(dir)) {
            Neighbourhood n = Neighbourhood.build(w);
            IntuitionService intuition = w.engine.intuition();
            n.rate(intuition);

            CycleReport report = intuition.runCycle();
            assertThat(report.sampled()).isEqualTo(24);
            IdentifiedPattern p = report.patterns().getFirst();
            assertThat(p.betterAction()).isEqualTo(VIA_SIMILAR);
            assertThat(p.worseAction()).isEqualTo(VIA_RELATED);
            assertThat(p.rewardDelta()).isEqualTo(2.0);
            assertThat(p.confidence()).isEqualTo(1.0);
            assertThat(report.decisions()).singleElement().satisfies(d -> assertThat(d.accepted()).isTrue());

            ActionPolicy policy = intuition.policyFor(n.similar().getFirst()).orElseThrow();
            assertThat(policy.actionWeights()).containsExactlyInAnyOrderEntriesOf(Map.of(VIA_SIMILAR, 0.8, VIA_RELATED, 0.2));
            assertThat(policy.lastUpdated()).isEqualTo(w.now.get());

            // ADNA → Connection: +min(0.2, 0.1 · 1.0) confidence and the 24 events as evidence, through the Guardian
            assertThat(report.connectionChanges()).hasSize(12);
            assertThat(report.connectionRefusals()).isEmpty();
            for (long id : n.similarLinks()) {
                Connection c = connection(w, id);
                assertThat(c.confidence()).isEqualTo((int) ((160 / 255f + 0.1f) * 255f));
                assertThat(c.evidenceCount()).isEqualTo(1 + 24);
            }
            assertThat(connection(w, n.relatedLinks().getFirst()).confidence()).as("the worse relation is untouched")
                    .isEqualTo(112);

            IntuitionStats stats = intuition.stats();
            assertThat(stats.experience().proposalsAccepted()).isEqualTo(1);
            assertThat(stats.slowPath().cycles()).isEqualTo(1);
            assertThat(stats.slowPath().patternsFound()).isEqualTo(1);
            assertThat(stats.slowPath().proposalsAccepted()).isEqualTo(1);
            assertThat(stats.slowPath().connectionUpdates()).isEqualTo(12);
            assertThat(stats.slowPath().policies()).isEqualTo(1);
            assertThat(stats.slowPath().avgCycleNanos()).isPositive();
            ExperienceEvent log = intuition.experience().get(24);
            assertThat(log.type()).isEqualTo(EventType.PROPOSAL_ACCEPTED);
            assertThat(new StateBins(4).binOf(log.state())).isEqualTo(p.stateBin());
        }
    }

    @Test
    void weakEvidenceIsNotProposedAndAStricterManagerRejects() {
        IntuitionConfig strict = IntuitionConfig.DEFAULTS.withEvolution(new EvolutionConfig(10, 1.5, 0.1, 100));
        try (LearningWorld w = new LearningWorld(dir, strict)) {
            IntuitionService intuition = w.engine.intuition();
            float[] state = new float[8];
            for (int i = 0; i < 9; i++) {
                intuition.record(Events.of(0x0201, state, 1f));
                intuition.record(Events.of(0x0202, state, -1f));
            }
            CycleReport few = intuition.runCycle();
            assertThat(few.patterns()).as("9 samples each").isEmpty();
            assertThat(few.sent()).isEmpty();

            intuition.record(Events.of(0x0201, state, 1f));
            intuition.record(Events.of(0x0202, state, -1f));
            CycleReport rejected = intuition.runCycle();
            assertThat(rejected.decisions()).singleElement().satisfies(d -> {
                assertThat(d.accepted()).isFalse();
                assertThat(d.reason()).contains("below the threshold 1.500");
            });
            assertThat(intuition.policies()).isEmpty();
            ExperienceEvent log = intuition.experience().get(intuition.experience().totalWritten() - 1);
            assertThat(log.type()).isEqualTo(EventType.PROPOSAL_REJECTED);
            assertThat(intuition.experience().metadata(log.sequenceNumber())).hasValueSatisfying(
                    m -> assertThat(m.parametersJson()).contains("below the threshold"));
            assertThat(intuition.stats().slowPath().proposalsRejected()).isEqualTo(1);
        }
    }

    @Test
    void newSlowPathSettingsTakeEffectAtTheNextCycle() {
        try (LearningWorld w = new LearningWorld(dir)) {
            IntuitionService intuition = w.engine.intuition();
            float[] state = new float[8];
            for (int i = 0; i < 9; i++) {
                intuition.record(Events.of(0x0201, state, 1f));
                intuition.record(Events.of(0x0202, state, -1f));
            }
            assertThat(intuition.runCycle().patterns()).as("9 samples each, 10 needed").isEmpty();

            w.engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("min_samples", "9",
                    "max_proposals_per_cycle", "0"));
            CycleReport quiet = intuition.runCycle();
            assertThat(quiet.patterns()).as("9 samples are enough now").hasSize(1);
            assertThat(quiet.sent()).as("but no proposal may be sent").isEmpty();

            w.engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("max_proposals_per_cycle", "1"));
            assertThat(intuition.runCycle().sent()).hasSize(1);

            w.engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("batch_size", "6"));
            assertThat(intuition.runCycle().sampled()).isEqualTo(6);
        }
    }

    @Test
    void cyclesDecideNoMoreThanTheRateAllowsAndNeverWait() {
        IntuitionConfig onePerSecond = IntuitionConfig.DEFAULTS.withEvolution(new EvolutionConfig(1, 0.75, 0.1, 100));
        try (LearningWorld w = new LearningWorld(dir, onePerSecond)) {
            IntuitionService intuition = w.engine.intuition();
            for (float v : new float[] {-0.9f, 0.9f}) {
                float[] state = new float[8];
                Arrays.fill(state, v);
                for (int i = 0; i < 10; i++) {
                    intuition.record(Events.of(0x0201, state, 1f));
                    intuition.record(Events.of(0x0202, state, -1f));
                }
            }
            CycleReport first = intuition.runCycle();
            assertThat(first.sent()).hasSize(2);
            assertThat(first.decisions()).hasSize(1);
            assertThat(intuition.stats().slowPath().proposalsQueued()).isEqualTo(1);
            w.now.incrementAndGet();
            CycleReport second = intuition.runCycle();
            assertThat(second.decisions()).singleElement()
                    .satisfies(d -> assertThat(d.proposal()).isEqualTo(first.sent().get(1)));
            assertThat(intuition.policies()).hasSize(2);
        }
    }

    /** Disabled: both paths skip their work, but what users said is kept and learned from once enabled again. */
    @Test
    void aDisabledEngineSkipsBothPathsButKeepsFeedback() {
        try (LearningWorld w = new LearningWorld(dir)) {
            Neighbourhood n = Neighbourhood.build(w);
            Token dog = w.concept("dog", -1f, 1f, 0f);
            Token puppy = w.concept("puppy", -1.1f, 1f, 0f);
            long link = w.confirmed(dog, puppy, 9);
            IntuitionService intuition = w.engine.intuition();
            w.engine.moduleSwitches().setEnabled(ModuleId.INTUITION_ENGINE, false);
            assertThat(intuition.isEnabled()).isFalse();

            n.rate(intuition);
            FeedbackResult feedback = intuition.recordFeedback(5, puppy.id(), new long[] {link}, true);
            assertThat(feedback.reflexes()).as("no reflex is made").isZero();
            assertThat(feedback.connections().getFirst().connection().evidenceCount()).as("the connection learns")
                    .isEqualTo(10);
            assertThat(intuition.experience().totalWritten()).as("every verdict is recorded").isEqualTo(25);
            assertThat(intuition.tryFastPath(dog)).isEmpty();
            CycleReport skipped = intuition.runCycle();
            assertThat(skipped.skipped()).isTrue();
            assertThat(skipped.sampled()).isZero();
            IntuitionStats off = intuition.stats();
            assertThat(off.slowPath().cycles()).isZero();
            assertThat(off.slowPath().policies()).isZero();
            assertThat(off.reflex().fastPathHits() + off.reflex().fastPathMisses()).as("no lookup ran").isZero();
            assertThat(off.reflex().totalReflexes()).isZero();

            w.engine.moduleSwitches().setEnabled(ModuleId.INTUITION_ENGINE, true);
            assertThat(intuition.tryFastPath(dog)).as("the reflex earned meanwhile is caught up")
                    .map(FastPathResult::connectionId).contains(link);
            CycleReport cycle = intuition.runCycle();
            assertThat(cycle.skipped()).isFalse();
            assertThat(cycle.patterns().getFirst().betterAction()).isEqualTo(VIA_SIMILAR);
            assertThat(intuition.policyFor(n.similar().getFirst())).isPresent();
        }
    }

    @Test
    void experiencePoliciesAndReflexesSurviveAReopen() {
        IntuitionConfig small = IntuitionConfig.DEFAULTS.withStreamCapacity(30);
        long link;
        Token dog;
        Map<Long, ActionPolicy> policies;
        List<ExperienceEvent> window;
        try (LearningWorld w = new LearningWorld(dir, small)) {
            Neighbourhood n = Neighbourhood.build(w);
            n.rate(w.engine.intuition());
            dog = w.concept("dog", -1f, 1f, 0f);
            link = w.confirmed(dog, w.concept("puppy", -1.1f, 1f, 0f), 9);
            w.engine.intuition().recordFeedback(9, dog.id(), new long[] {link}, true);
            w.engine.intuition().record(Events.withState(new float[] {0, 0.9f, 0, 0, 0.5f, 0.5f, 0.8f, 0.7f},
                    new float[8], EventType.ACTION_COMPLETED.code()));
            assertThat(w.engine.intuition().runCycle().decisions()).singleElement()
                    .satisfies(d -> assertThat(d.accepted()).isTrue());
            policies = w.engine.intuition().policies();
            IntuitionService i = w.engine.intuition();
            window = i.experience().queryRange(i.experience().oldest(), i.experience().totalWritten());
        }
        try (LearningWorld w = new LearningWorld(dir, small)) {
            IntuitionService intuition = w.engine.intuition();
            ExperienceView experience = intuition.experience();
            assertThat(experience.totalWritten()).isEqualTo(27);
            assertThat(experience.oldest()).as("the table keeps the window").isZero();
            assertThat(experience.queryRange(0, 27)).isEqualTo(window);
            ExperienceEvent appraised = experience.get(25);
            assertThat(appraised.rewardCuriosity()).isPositive();
            assertThat(appraised.rewardGoal()).isPositive();
            assertThat(experience.metadata(0)).as("metadata lives in memory only").isEmpty();
            assertThat(intuition.policies()).isEqualTo(policies);
            IntuitionStats stats = intuition.stats();
            assertThat(stats.experience().positiveFeedback()).isEqualTo(13);
            assertThat(stats.experience().negativeFeedback()).isEqualTo(12);
            assertThat(stats.experience().proposalsAccepted()).isEqualTo(1);
            assertThat(stats.experience().curiosityRewards()).isEqualTo(1);
            assertThat(stats.reflex().totalReflexes()).as("rebuilt from the connections").isEqualTo(2);
            assertThat(intuition.tryFastPath(dog)).map(FastPathResult::connectionId).contains(link);

            for (int i = 0; i < 5; i++) {
                intuition.record(Events.of(0x0201, new float[8], 0f));
            }
            assertThat(experience.totalWritten()).isEqualTo(32);
        }
        try (LearningWorld w = new LearningWorld(dir, small)) {
            ExperienceView experience = w.engine.intuition().experience();
            assertThat(experience.oldest()).isEqualTo(2);
            assertThat(experience.size()).isEqualTo(30);
        }
    }

    @Test
    void aCreateProposalBeyondTheCdnaWeightIsRefusedAsAProposal() throws Exception {
        try (LearningWorld w = new LearningWorld(dir)) {
            Token a = w.concept("a", 1f, 1f, 0f);
            Token b = w.concept("b", 2f, 1f, 0f);
            // upstream's temporal-pattern strength 1 + 2·confidence against the default max_connection_weight 1.0
            ConnectionProposal.Create create = new ConnectionProposal.Create(a.id(), b.id(),
                    ConnectionType.CORRELATES.code(), 2f, 128, "seen together");
            assertThatThrownBy(() -> w.engine.connections().applyProposal(create))
                    .isInstanceOfSatisfying(ProposalException.class,
                            e -> assertThat(e.reason()).isEqualTo(ProposalException.Reason.GUARDIAN_REJECTED))
                    .hasMessageContaining("max_connection_weight").hasMessageContaining("CDNA rule");
            assertThat(w.engine.connections().count()).isZero();
            Cdna wider = w.engine.cdna().current().edit().maxConnectionWeight(3f).build(w.now.get());
            w.engine.cdna().apply(wider);
            assertThat(w.engine.connections().applyProposal(create).id()).isEqualTo(1);
        }
    }
}

package io.neurograph.engine.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.Engine;
import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionProposal;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.guardian.ValidationError;
import io.neurograph.engine.intuition.LearningWorld;
import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path over a real engine's tokens, connections and Guardian. */
class ReflexLayerTest {
    @TempDir
    Path dir;
    private LearningWorld world;
    private Engine engine;
    private ReflexLayer.Lookups lookups;

    @BeforeEach
    void open() {
        world = new LearningWorld(dir);
        engine = world.engine;
        lookups = new ReflexLayer.Lookups() {
            @Override
            public Optional<Token> token(long id) {
                return engine.tokens().get(id);
            }

            @Override
            public Optional<Connection> connection(long id) {
                return engine.connections().get(id).map(ConnectionEntry::connection);
            }

            @Override
            public List<ValidationError> validateReflex(Connection c) {
                return engine.guardian().validateReflex(c);
            }
        };
    }

    @AfterEach
    void close() {
        world.close();
    }

    private ReflexLayer layer(ShiftConfig shifts, int memoryEntries, AdaptiveTuningConfig tuning) {
        return new ReflexLayer(new ReflexConfig(true, shifts, FastPathConfig.DEFAULTS, tuning, memoryEntries), lookups);
    }

    private ReflexLayer layer() {
        return layer(ShiftConfig.DEFAULT, 100, AdaptiveTuningConfig.DEFAULTS);
    }

    private Connection connection(long id) {
        return lookups.connection(id).orElseThrow();
    }

    @Test
    void aConsolidatedConnectionAnswersItsStateByConnectionId() {
        world.concept("filler", -3f, -3f, -3f); // token ids now differ from connection ids
        Token dog = world.concept("dog", 1f, 1f, 0f);
        Token puppy = world.concept("puppy", 1.1f, 1f, 0f);
        long id = world.confirmed(dog, puppy, 10);
        ReflexLayer layer = layer();
        assertThat(layer.consolidate(dog, id)).isTrue();
        assertThat(layer.consolidate(dog, id)).isFalse();
        FastPathResult r = layer.tryFastPath(dog).orElseThrow();
        // upstream stored token_a's id here, so it "found" connection 2 = dog's token id
        assertThat(r.connectionId()).isEqualTo(id).isNotEqualTo(dog.id());
        assertThat(r.sourceTokenId()).isEqualTo(dog.id());
        assertThat(r.similarity()).isEqualTo(1.0);
        assertThat(r.hash()).isEqualTo(GridHash.compute(dog));
        ReflexStats s = layer.stats();
        assertThat(s.fastPathHits()).isEqualTo(1);
        assertThat(s.reflexesCreated()).isEqualTo(1);
        assertThat(s.totalReflexes()).isEqualTo(1);
        assertThat(s.learnableCount()).isEqualTo(1);
        assertThat(s.avgFastPathTimeNs()).isPositive();
        assertThat(s.hitRate()).isEqualTo(1.0);
    }

    /** Token a with confirmed connections to two other tokens. */
    private record Fan(Token a, long first, long second) {
    }

    private Fan fan(int firstSuccesses, int secondSuccesses) {
        Token a = world.concept("a", 1f, 1f, 0f);
        long first = world.confirmed(a, world.concept("b", 2f, 0f, 0f), firstSuccesses);
        long second = world.confirmed(a, world.concept("c", 0f, 2f, 0f), secondSuccesses);
        return new Fan(a, first, second);
    }

    @Test
    void aMissingCandidateIsSkippedNotTheWholeLookup() {
        Fan f = fan(10, 10);
        ReflexLayer layer = layer();
        layer.consolidate(f.a(), f.first());
        layer.consolidate(f.a(), f.second());
        engine.connections().delete(f.first());
        assertThat(layer.tryFastPath(f.a())).map(FastPathResult::connectionId).contains(f.second());
        assertThat(layer.stats().hashCollisions()).isEqualTo(1);
    }

    @Test
    void similarityIsTheCosineToTheSourceNotTheConfidence() {
        // with 12-bit shifts (L8 cells of 0.41) both states share a cell, but point in different directions
        Token east = world.concept("east", 0.05f, 0f, 0f);
        Token north = world.concept("north", 0f, 0.05f, 0f);
        Token northEast = world.concept("north-east", 0.05f, 0.01f, 0f);
        Token target = world.concept("target", 2f, 2f, 2f);
        long id = world.confirmed(east, target, 10);
        ReflexLayer layer = layer(ShiftConfig.uniform(12), 100, AdaptiveTuningConfig.DEFAULTS);
        layer.consolidate(east, id);
        assertThat(GridHash.compute(north, layer.shifts())).isEqualTo(GridHash.compute(east, layer.shifts()));
        assertThat(layer.tryFastPath(north)).as("cosine 0, confidence 255").isEmpty();
        FastPathResult near = layer.tryFastPath(northEast).orElseThrow();
        assertThat(near.similarity()).isCloseTo(0.05 / Math.sqrt(0.05 * 0.05 + 0.01 * 0.01),
                within(1e-3));
        assertThat(layer.stats().fastPathMisses()).isEqualTo(1);
    }

    @Test
    void weakConnectionsAndWeakHypothesesDoNotAnswer() throws Exception {
        Token a = world.concept("a", 1f, 1f, 0f);
        Token b = world.concept("b", 2f, 0f, 0f);
        long weak = world.connect(a, b, ConnectionType.SIMILAR_TO); // confidence 128 < 150
        ReflexLayer layer = layer();
        layer.consolidate(a, weak);
        assertThat(layer.tryFastPath(a)).isEmpty();
        Token c = world.concept("c", 0f, 2f, 0f);
        ConnectionChange hypothesis = engine.connections().applyProposal(
                new ConnectionProposal.Create(a.id(), c.id(), ConnectionType.CORRELATES.code(), 0.5f, 190, "seen together"));
        layer.consolidate(a, hypothesis.id());
        assertThat(layer.tryFastPath(a)).as("a Hypothesis needs 200").isEmpty();
        assertThat(layer.stats().hypothesisCount()).isEqualTo(1);
    }

    @Test
    void theMemoryIsBoundedByLeastRecentUse() {
        Token target = world.concept("target", 3f, 3f, 3f);
        Token[] states = {world.concept("s1", -2f, 0f, 0f), world.concept("s2", 0f, -2f, 0f),
            world.concept("s3", 0f, 0f, -2f)};
        ReflexLayer layer = layer(ShiftConfig.DEFAULT, 2, AdaptiveTuningConfig.DEFAULTS);
        for (Token s : states) {
            layer.consolidate(s, world.confirmed(s, target, 10));
        }
        assertThat(layer.tryFastPath(states[0])).isEmpty();
        assertThat(layer.tryFastPath(states[2])).isPresent();
        ReflexStats s = layer.stats();
        assertThat(s.associativeMemorySize()).isEqualTo(2);
        assertThat(s.evicted()).isEqualTo(1);
    }

    @Test
    void tuningCoarsensTheCellsAndKeepsReflexesReachable() {
        Token known = world.concept("known", 1f, 1f, 0f);
        Token target = world.concept("target", 3f, 3f, 3f);
        long id = world.confirmed(known, target, 10);
        ReflexLayer layer = layer(ShiftConfig.DEFAULT, 100, new AdaptiveTuningConfig(0.3, 0.15, 4, true));
        layer.consolidate(known, id);
        layer.tryFastPath(known);
        for (int i = 0; i < 3; i++) {
            layer.tryFastPath(world.concept("stranger" + i, -1f - i, 0f, 0f));
        }
        // 1 hit in 4 lookups: 0.25 < 0.3 → coarser
        assertThat(layer.shifts()).isEqualTo(ShiftConfig.DEFAULT.increased());
        assertThat(layer.stats().shiftAdjustments()).isEqualTo(1);
        assertThat(layer.stats().currentShiftDefault()).isEqualTo(7);
        assertThat(layer.tryFastPath(known)).map(FastPathResult::hash)
                .contains(GridHash.compute(known, ShiftConfig.DEFAULT.increased()));
    }

    @Test
    void autoConsolidationNeedsConfidenceEvidenceNoHypothesisAndTheGuardian() {
        Fan f = fan(9, 10);
        ReflexLayer layer = layer();
        assertThat(layer.tryAutoConsolidate(f.a(), f.first(), connection(f.first()))).as("evidence 9").isFalse();
        assertThat(layer.tryAutoConsolidate(f.a(), f.second(), connection(f.second()))).isTrue();
        Connection lowConfidence = connection(f.second());
        lowConfidence.setConfidence(191);
        assertThat(layer.qualifies(lowConfidence)).isFalse();
        Connection soft = connection(f.second());
        soft.setRigidity(100); // below 0.5: the Guardian's reflex rule
        assertThat(layer.qualifies(soft)).isFalse();
        ReflexStats s = layer.stats();
        assertThat(s.reflexesPromoted()).isEqualTo(1);
        assertThat(s.reflexesFailed()).isEqualTo(1);
        assertThat(s.reflexesCreated()).isEqualTo(1);
    }

    @Test
    void aDisabledFastPathAnswersNothing() {
        Token a = world.concept("a", 1f, 1f, 0f);
        ReflexLayer off = new ReflexLayer(new ReflexConfig(false, ShiftConfig.DEFAULT, FastPathConfig.DEFAULTS,
                AdaptiveTuningConfig.DEFAULTS, 10), lookups);
        off.consolidate(a, world.confirmed(a, world.concept("b", 2f, 0f, 0f), 10));
        assertThat(off.tryFastPath(a)).isEmpty();
        assertThat(off.stats().fastPathMisses()).isZero();
    }
}

package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.guardian.GuardianRejectedException;
import io.neurograph.engine.guardian.MemoryProbe;
import io.neurograph.engine.guardian.QuotaExceededException;
import io.neurograph.engine.store.DuplicateLabelException;
import io.neurograph.engine.store.InvalidTokenException;
import io.neurograph.engine.store.TokenNotFoundException;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenServiceBulkTest {
    private static final long NOW = 1_700_000_000L;

    @TempDir
    Path dir;

    private EngineConfig config(GuardianConfig guardian) {
        return new EngineConfig(dir, () -> NOW, guardian, MemoryProbe.RECORD_ESTIMATE);
    }

    private static Token token(float weight) {
        return Token.builder().weight(weight).coordinates(CoordinateSpace.L1_PHYSICAL, 1, 2, 3).build();
    }

    @Test
    void createAllStoresLabelledTokensInOneBatchThatSurvivesAReopen() {
        List<Token> before;
        try (Engine engine = Engine.open(config(GuardianConfig.DEFAULTS));
             Subscription events = engine.events().subscribe(Set.of(EngineEvent.class), 100)) {
            engine.tokens().create(token(0.1f), "first");
            long[] ids = engine.tokens().createAll(List.of(token(0.2f), token(0.3f), token(0.4f)),
                    Arrays.asList("cat", null, "dog"));
            assertThat(ids).containsExactly(2, 3, 4);
            assertThat(engine.tokens().findByLabel("dog").orElseThrow().id()).isEqualTo(4);
            assertThat(engine.tokens().label(3)).isEmpty();
            assertThat(engine.tokens().require(2).weight()).isEqualTo(0.2f);
            assertThat(engine.tokens().require(2).timestamp()).isEqualTo(NOW);
            assertThat(engine.grid().contains(4)).isTrue();
            assertThat(engine.graph().containsNode(4)).isTrue();
            assertThat(engine.metrics().snapshot().tokensCreated()).isEqualTo(4);
            assertThat(engine.guardian().stats().tokens()).isEqualTo(4);
            List<EngineEvent> seen = new ArrayList<>();
            events.drain(seen::add, 100);
            assertThat(seen.getLast()).isEqualTo(new EngineEvent.TokensCreated(2, 3, NOW));
            assertThat(engine.tokens().createAll(List.of(), null)).isEmpty();
            before = engine.tokens().list(10, 0);
        }
        try (Engine engine = Engine.open(config(GuardianConfig.DEFAULTS))) {
            assertThat(engine.tokens().list(10, 0)).isEqualTo(before);
            assertThat(engine.tokens().findByLabel("cat").orElseThrow().id()).isEqualTo(2);
            assertThat(engine.tokens().create(token(0.5f), null).id()).isEqualTo(5);
        }
    }

    @Test
    void aRefusedBatchLeavesNothingInMemoryOrOnDisk() {
        GuardianConfig threeTokens = new GuardianConfig(true, true, 100, 10, OptionalLong.of(3), OptionalLong.empty(),
                false, 0.8);
        try (Engine engine = Engine.open(config(threeTokens))) {
            engine.tokens().create(token(0.1f), "taken");
            assertThatThrownBy(() -> engine.tokens().createAll(List.of(token(0.2f), token(5f)), List.of("a", "b")))
                    .isInstanceOf(GuardianRejectedException.class).hasMessageContaining("weight");
            assertThatThrownBy(() -> engine.tokens().createAll(List.of(token(0.2f), token(0.2f)), List.of("c", "taken")))
                    .isInstanceOf(DuplicateLabelException.class).hasMessageContaining("'taken'");
            assertThatThrownBy(() -> engine.tokens().createAll(List.of(token(0.2f), token(0.2f), token(0.2f)), null))
                    .isInstanceOf(QuotaExceededException.class).hasMessageContaining("max_tokens 3");
            assertThat(engine.tokens().count()).isEqualTo(1);
            assertThat(engine.tokens().findByLabel("a")).isEmpty();
            assertThat(engine.grid().size()).isEqualTo(1);
            assertThat(engine.graph().nodeCount()).isEqualTo(1);
            assertThat(engine.status().nextTokenId()).isEqualTo(2);
        }
        try (Engine engine = Engine.open(config(threeTokens))) {
            assertThat(engine.tokens().count()).isEqualTo(1);
            assertThat(engine.tokens().findByLabel("a")).isEmpty();
            assertThat(engine.tokens().createAll(List.of(token(0.2f), token(0.2f)), List.of("a", "b")))
                    .containsExactly(2, 3);
        }
    }

    @Test
    void placeAllMovesTokensInOneSpaceAndKeepsEverythingElse() {
        Token untouched;
        try (Engine engine = Engine.open(config(GuardianConfig.DEFAULTS));
             Subscription events = engine.events().subscribe(Set.of(EngineEvent.TokensPlaced.class), 10)) {
            long[] ids = engine.tokens().createAll(List.of(token(0.2f), token(0.3f), token(0.4f)),
                    List.of("a", "b", "c"));
            untouched = engine.tokens().require(2);
            engine.tokens().placeAll(new long[] {ids[0], ids[2]}, CoordinateSpace.L8_ABSTRACT,
                    new float[] {0.5f, -1.25f, 3f, 0.5f, -1.25f, 3.1f});
            Token a = engine.tokens().require(ids[0]);
            assertThat(a.coordinates(CoordinateSpace.L8_ABSTRACT)).containsExactly(0.5f, -1.25f, 3f);
            assertThat(a.coordinates(CoordinateSpace.L1_PHYSICAL)).containsExactly(1f, 2f, 3f);
            assertThat(a.weight()).isEqualTo(0.2f);
            assertThat(engine.tokens().label(ids[0])).contains("a");
            assertThat(engine.tokens().require(2)).isEqualTo(untouched);
            assertThat(engine.grid().neighbors(ids[0], CoordinateSpace.L8_ABSTRACT, 0.2f, 5))
                    .extracting(n -> n.id()).containsExactly(ids[2]);
            assertThat(events.poll()).contains(new EngineEvent.TokensPlaced("L8", 2, NOW));
        }
        try (Engine engine = Engine.open(config(GuardianConfig.DEFAULTS))) {
            assertThat(engine.tokens().require(3).coordinates(CoordinateSpace.L8_ABSTRACT))
                    .containsExactly(0.5f, -1.25f, 3.1f);
            assertThat(engine.tokens().require(2)).isEqualTo(untouched);
            assertThat(engine.grid().neighbors(1, CoordinateSpace.L8_ABSTRACT, 0.2f, 5)).extracting(n -> n.id())
                    .containsExactly(3L);
        }
    }

    @Test
    void aRefusedPlacementChangesNoToken() {
        try (Engine engine = Engine.open(config(GuardianConfig.DEFAULTS))) {
            engine.tokens().createAll(List.of(token(0.2f), token(0.3f)), null);
            assertThatThrownBy(() -> engine.tokens().placeAll(new long[] {1, 2}, CoordinateSpace.L8_ABSTRACT,
                    new float[] {0, 0, 0, 0, 4f, 0}))
                    .isInstanceOf(InvalidTokenException.class)
                    .hasMessageContaining("coordinates.L8.y").hasMessageContaining("token 2").hasMessageContaining("clamp");
            assertThatThrownBy(() -> engine.tokens().placeAll(new long[] {1, 9}, CoordinateSpace.L8_ABSTRACT,
                    new float[6])).isInstanceOf(TokenNotFoundException.class);
            assertThatThrownBy(() -> engine.tokens().placeAll(new long[] {1}, CoordinateSpace.L8_ABSTRACT,
                    new float[2])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 3");
            assertThat(engine.tokens().require(1).coordinates(CoordinateSpace.L8_ABSTRACT)).containsExactly(0f, 0f, 0f);
        }
        try (Engine engine = Engine.open(config(GuardianConfig.DEFAULTS))) {
            assertThat(engine.tokens().require(1).coordinates(CoordinateSpace.L8_ABSTRACT)).containsExactly(0f, 0f, 0f);
        }
    }
}

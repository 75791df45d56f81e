package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.ProfileId;
import io.neurograph.engine.cdna.QuarantineLimits;
import io.neurograph.engine.cdna.QuarantineStatus;
import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.guardian.GuardianRejectedException;
import io.neurograph.engine.guardian.MemoryProbe;
import io.neurograph.engine.store.ConnectionOptions;
import io.neurograph.engine.store.TokenUpdate;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    private final AtomicLong now = new AtomicLong(1_700_000_000L);

    @TempDir
    Path dir;

    private EngineConfig config(Path dataDir) {
        return new EngineConfig(dataDir, now::get, GuardianConfig.DEFAULTS, MemoryProbe.RECORD_ESTIMATE);
    }

    private static Token token(float weight, float x) {
        return Token.builder().weight(weight).coordinates(CoordinateSpace.L1_PHYSICAL, x, 0, 0).build();
    }

    @Test
    void reopeningRestoresTokensConnectionsCdnaHistoryAndQuarantine() {
        List<Token> tokens;
        List<?> connections;
        Cdna cdna;
        QuarantineStatus trial;
        try (Engine engine = Engine.open(config(dir))) {
            engine.tokens().create(token(0.5f, 1f), "apple");
            engine.tokens().create(token(0.6f, 2f), "pear");
            IdRange range = engine.tokens().createMany(25, token(0.1f, 3f), 10, id -> { });
            assertThat(range).isEqualTo(new IdRange(3, 25));
            engine.tokens().update(2, TokenUpdate.builder().weight(0.9f).label("ripe pear").build());
            long c1 = engine.connections().create(1, 2, ConnectionType.CAUSE.code(),
                    ConnectionOptions.withFlags(ConnectionFlags.BIDIRECTIONAL)).id();
            engine.connections().create(2, 3, ConnectionType.SYNONYM.code(), ConnectionOptions.DEFAULTS);
            engine.connections().feedback(c1, true);
            engine.tokens().delete(27);

            engine.cdna().switchProfile(ProfileId.EXPLORER);
            engine.cdna().setScales(new float[] {1, 2, 3, 4, 5, 6, 7, 8});
            engine.cdna().startQuarantine(Cdna.forProfile(ProfileId.ANALYST, now.get()), QuarantineLimits.DEFAULTS, 300);
            engine.tokens().create(token(0.2f, 4f), null);

            tokens = engine.tokens().list(100, 0);
            connections = engine.connections().list(100, 0);
            cdna = engine.cdna().current();
            trial = engine.cdna().quarantineStatus().orElseThrow();
            assertThat(engine.cdna().history()).hasSize(2);
        }
        try (Engine engine = Engine.open(config(dir))) {
            assertThat(engine.tokens().list(100, 0)).isEqualTo(tokens);
            assertThat(engine.tokens().count()).isEqualTo(27);
            assertThat(engine.tokens().findByLabel("ripe pear").orElseThrow().id()).isEqualTo(2);
            assertThat(engine.tokens().findByLabel("pear")).isEmpty();
            assertThat(engine.connections().list(100, 0)).isEqualTo(connections);
            assertThat(engine.connections().require(1).connection().confidence()).isEqualTo(160);
            assertThat(engine.cdna().current()).isEqualTo(cdna);
            assertThat(engine.cdna().history()).hasSize(2);
            assertThat(engine.cdna().history().get(0).cdna().profile()).isEqualTo(ProfileId.EXPLORER);
            QuarantineStatus restored = engine.cdna().quarantineStatus().orElseThrow();
            assertThat(restored.startedAt()).isEqualTo(trial.startedAt());
            assertThat(restored.metrics()).isEqualTo(trial.metrics());
            assertThat(restored.limits()).isEqualTo(trial.limits());
            assertThat(engine.grid().contains(1)).isTrue();
            assertThat(engine.graph().nodeCount()).isEqualTo(27);
            assertThat(engine.graph().edge(1).orElseThrow().bidirectional()).isTrue();
            assertThat(engine.graph().edgeCount()).isEqualTo(2);
            assertThat(engine.tokens().create(token(0.3f, 0), null).id()).isEqualTo(29);

            engine.cdna().rollbackQuarantine();
            assertThat(engine.cdna().quarantineStatus()).isEmpty();
        }
        try (Engine engine = Engine.open(config(dir))) {
            assertThat(engine.cdna().quarantineStatus()).isEmpty();
            assertThat(engine.cdna().current().dimensionScales()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(engine.status().tokenCount()).isEqualTo(28);
        }
    }

    @Test
    void deletingATokenRemovesItsConnectionsGridAndGraphEntries() {
        try (Engine engine = Engine.open(config(dir));
             Subscription events = engine.events().subscribe(Set.of(EngineEvent.class), 100)) {
            engine.tokens().createMany(4, token(0.5f, 1f), 100, id -> { });
            engine.connections().create(1, 2, ConnectionType.CAUSE.code(), ConnectionOptions.DEFAULTS);
            engine.connections().create(1, 3, ConnectionType.CAUSE.code(), ConnectionOptions.DEFAULTS);
            long kept = engine.connections().create(2, 3, ConnectionType.CAUSE.code(), ConnectionOptions.DEFAULTS).id();
            engine.tokens().delete(1);
            assertThat(engine.connections().list(10, 0)).extracting(e -> e.id()).containsExactly(kept);
            assertThat(engine.grid().contains(1)).isFalse();
            assertThat(engine.graph().containsNode(1)).isFalse();
            assertThat(engine.graph().edgeCount()).isEqualTo(1);
            List<EngineEvent> seen = new ArrayList<>();
            events.drain(seen::add, 100);
            assertThat(seen).filteredOn(e -> e instanceof EngineEvent.ConnectionDeleted).hasSize(2);
            assertThat(seen.getLast()).isInstanceOf(EngineEvent.TokenDeleted.class);
        }
        try (Engine engine = Engine.open(config(dir))) {
            assertThat(engine.tokens().get(1)).isEmpty();
            assertThat(engine.connections().count()).isEqualTo(1);
        }
    }

    @Test
    void aGuardianRejectionLeavesNoTraceInMemoryOrOnDisk() {
        try (Engine engine = Engine.open(config(dir))) {
            engine.tokens().create(token(0.5f, 0), null);
            engine.tokens().create(token(0.5f, 0), null);
            assertThatThrownBy(() -> engine.tokens().create(token(5f, 0), "heavy"))
                    .isInstanceOf(GuardianRejectedException.class).hasMessageContaining("weight");
            assertThatThrownBy(() -> engine.tokens().createMany(10, token(5f, 0), 5, id -> { }))
                    .isInstanceOf(GuardianRejectedException.class);
            assertThatThrownBy(() -> engine.tokens().update(1, TokenUpdate.builder().weight(7f).build()))
                    .isInstanceOf(GuardianRejectedException.class);
            assertThatThrownBy(() -> engine.connections().create(1, 2, ConnectionType.CAUSE.code(),
                    new ConnectionOptions(5f, null, null, null)))
                    .isInstanceOf(GuardianRejectedException.class).hasMessageContaining("pull_strength");
            assertThat(engine.tokens().count()).isEqualTo(2);
            assertThat(engine.tokens().findByLabel("heavy")).isEmpty();
            assertThat(engine.tokens().require(1).weight()).isEqualTo(0.5f);
            assertThat(engine.connections().count()).isZero();
            assertThat(engine.graph().edgeCount()).isZero();
            assertThat(engine.grid().size()).isEqualTo(2);
            assertThat(engine.status().nextTokenId()).isEqualTo(3);
        }
        try (Engine engine = Engine.open(config(dir))) {
            assertThat(engine.tokens().count()).isEqualTo(2);
            assertThat(engine.tokens().require(1).weight()).isEqualTo(0.5f);
            assertThat(engine.connections().count()).isZero();
        }
    }

    @Test
    void gridBucketSizesFollowTheCdna() {
        try (Engine engine = Engine.open(config(null))) {
            Cdna wider = engine.cdna().current().edit().bucketSize(7, 25f).build(now.get());
            engine.cdna().apply(wider);
            assertThat(engine.grid().bucketSize(CoordinateSpace.L8_ABSTRACT)).isEqualTo(25f);
            float before = engine.cdna().rollback().bucketSize(7);
            assertThat(engine.grid().bucketSize(CoordinateSpace.L8_ABSTRACT)).isEqualTo(before).isNotEqualTo(25f);
        }
    }

    @Test
    void learningAndDecayKeepTheGraphInStep() throws Exception {
        try (Engine engine = Engine.open(config(null))) {
            engine.tokens().createMany(3, token(0.5f, 0), 10, id -> { });
            long id = engine.connections().create(1, 2, ConnectionType.CAUSE.code(), ConnectionOptions.DEFAULTS).id();
            engine.connections().feedback(id, false);
            assertThat(engine.graph().edge(id).orElseThrow().weight()).isEqualTo(112 / 255f);
            engine.connections().applyProposal(new io.neurograph.engine.connection.ConnectionProposal.Create(
                    2, 3, ConnectionType.CORRELATES.code(), 0.5f, 20, "seen together"));
            now.addAndGet(3601);
            assertThat(engine.connections().applyDecay()).containsExactly(2L);
            assertThat(engine.graph().containsEdge(2)).isFalse();
            assertThat(engine.connections().count()).isEqualTo(1);
        }
    }

    @Test
    void aClosedEngineRefusesWrites() {
        Engine engine = Engine.open(config(dir));
        engine.close();
        assertThatThrownBy(() -> engine.tokens().create(token(0.5f, 0), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(engine.status().state()).isEqualTo(EngineState.CLOSED);
    }
}

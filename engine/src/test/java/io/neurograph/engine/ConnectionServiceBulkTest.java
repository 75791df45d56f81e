package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.connection.Mutability;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.guardian.GuardianRejectedException;
import io.neurograph.engine.guardian.MemoryProbe;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.store.ConnectionOptions;
import io.neurograph.engine.store.ConnectionRequest;
import io.neurograph.engine.store.InvalidConnectionException;
import io.neurograph.engine.store.TokenNotFoundException;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionServiceBulkTest {
    private static final long NOW = 1_700_000_000L;
    private static final int SIMILAR = ConnectionType.SIMILAR_TO.code();
    private static final int CAUSE = ConnectionType.CAUSE.code();

    @TempDir
    Path dir;

    private Engine open() {
        return Engine.open(new EngineConfig(dir, () -> NOW, GuardianConfig.DEFAULTS, MemoryProbe.RECORD_ESTIMATE));
    }

    private static void fourTokens(Engine engine) {
        Token t = Token.builder().weight(0.5f).build();
        engine.tokens().createAll(List.of(t, t, t, t), null);
    }

    @Test
    void createAllSkipsPairsThatAlreadyHaveTheTypeAndSurvivesAReopen() {
        List<ConnectionEntry> before;
        try (Engine engine = open();
             Subscription events = engine.events().subscribe(Set.of(EngineEvent.class), 100)) {
            fourTokens(engine);
            engine.connections().create(1, 2, SIMILAR, ConnectionOptions.DEFAULTS);
            events.drain(e -> { }, 100);
            CreatedConnections result = engine.connections().createAll(List.of(
                    new ConnectionRequest(2, 1, SIMILAR, 200),   // stored already (other order)
                    new ConnectionRequest(1, 3, SIMILAR, 230),
                    new ConnectionRequest(3, 1, SIMILAR, 10),    // same pair earlier in the batch
                    new ConnectionRequest(1, 2, CAUSE, 90),      // same pair, other type
                    new ConnectionRequest(4, 3, ConnectionType.SYNONYM.code(), 7, ConnectionFlags.BIDIRECTIONAL)));
            assertThat(result.ids()).containsExactly(2, 3, 4);
            assertThat(result.skipped()).isEqualTo(2);
            ConnectionEntry similar = engine.connections().require(2);
            assertThat(similar.connection().tokenA()).isEqualTo(1);
            assertThat(similar.connection().tokenB()).isEqualTo(3);
            assertThat(similar.connection().confidence()).isEqualTo(230);
            assertThat(similar.connection().mutability()).isEqualTo(Mutability.LEARNABLE);
            assertThat(engine.connections().require(4).connection().confidence()).isEqualTo(255); // Immutable
            assertThat(engine.graph().edge(4).orElseThrow().bidirectional()).isTrue();
            assertThat(engine.graph().edge(2).orElseThrow().bidirectional()).isFalse();
            assertThat(engine.graph().edge(2).orElseThrow().weight()).isEqualTo(230 / 255f);
            assertThat(engine.graph().edgeCount()).isEqualTo(4);
            assertThat(engine.guardian().stats().connections()).isEqualTo(4);
            List<EngineEvent> seen = new ArrayList<>();
            events.drain(seen::add, 100);
            assertThat(seen).containsExactly(new EngineEvent.ConnectionsCreated(2, 3, NOW));

            CreatedConnections again = engine.connections().createAll(List.of(new ConnectionRequest(3, 1, SIMILAR, 5)));
            assertThat(again.created()).isZero();
            assertThat(again.skipped()).isEqualTo(1);
            before = engine.connections().list(10, 0);
        }
        try (Engine engine = open()) {
            assertThat(engine.connections().list(10, 0)).isEqualTo(before);
            assertThat(engine.graph().edgeCount()).isEqualTo(4);
            assertThat(engine.connections().create(2, 4, CAUSE, ConnectionOptions.DEFAULTS).id()).isEqualTo(5);
        }
    }

    @Test
    void aRefusedBatchLeavesNothingInMemoryOrOnDisk() {
        try (Engine engine = open()) {
            fourTokens(engine);
            engine.cdna().apply(engine.cdna().current().edit().allowConnectionType(CAUSE, false).build(NOW));
            assertThatThrownBy(() -> engine.connections().createAll(List.of(
                    new ConnectionRequest(1, 2, SIMILAR, 100), new ConnectionRequest(2, 3, CAUSE, 100))))
                    .isInstanceOf(GuardianRejectedException.class).hasMessageContaining("allowed_connection_types");
            assertThatThrownBy(() -> engine.connections().createAll(List.of(
                    new ConnectionRequest(1, 2, SIMILAR, 100), new ConnectionRequest(2, 9, SIMILAR, 100))))
                    .isInstanceOf(TokenNotFoundException.class);
            assertThatThrownBy(() -> engine.connections().createAll(List.of(
                    new ConnectionRequest(1, 2, SIMILAR, 100), new ConnectionRequest(3, 3, SIMILAR, 100))))
                    .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("itself");
            assertThat(engine.connections().count()).isZero();
            assertThat(engine.graph().edgeCount()).isZero();
        }
        try (Engine engine = open()) {
            assertThat(engine.connections().count()).isZero();
            assertThat(engine.connections().createAll(List.of(new ConnectionRequest(1, 2, SIMILAR, 100))).ids())
                    .containsExactly(1);
        }
    }

    @Test
    void requestsCheckTheirValues() {
        assertThatThrownBy(() -> new ConnectionRequest(1, 2, SIMILAR, 256))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("confidence");
        assertThatThrownBy(() -> new ConnectionRequest(1, 2, SIMILAR, 1, 0x100))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("flags");
        assertThatThrownBy(() -> new ConnectionRequest(1, 2, 0xB0, 1))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("0xB0");
    }
}

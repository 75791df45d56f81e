package io.neurograph.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionField;
import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.connection.ConnectionProposal;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.connection.Mutability;
import io.neurograph.engine.connection.ProposalException;
import io.neurograph.engine.connection.ProposalException.Reason;
import io.neurograph.engine.token.Token;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionStoreTest {
    private static final int CAUSE = ConnectionType.CAUSE.code();
    private final AtomicLong now = new AtomicLong(1_700_000_000L);
    private final TokenStore tokens = new TokenStore(now::get);
    private final ConnectionStore store = new ConnectionStore(tokens::contains, now::get);

    @BeforeEach
    void tenTokens() {
        tokens.createBatch(Token.builder().weight(0.5f).build(), 10);
    }

    @Test
    void createStoresCanonicalOrderAndCategoryMutability() {
        ConnectionEntry e = store.create(7, 3, ConnectionType.SYNONYM.code(),
                new ConnectionOptions(2.5f, 4f, 1f, ConnectionFlags.BIDIRECTIONAL));
        Connection c = e.connection();
        assertThat(e.id()).isEqualTo(1);
        assertThat(c.tokenA()).isEqualTo(3);
        assertThat(c.tokenB()).isEqualTo(7);
        assertThat(c.mutability()).isEqualTo(Mutability.IMMUTABLE);
        assertThat(c.confidence()).isEqualTo(255);
        assertThat(c.pullStrength()).isEqualTo(2.5f);
        assertThat(c.preferredDistance()).isEqualTo(4f);
        assertThat(c.rigidity()).isEqualTo(255);
        assertThat(c.hasFlag(ConnectionFlags.BIDIRECTIONAL)).isTrue();
        assertThat(store.get(1).orElseThrow().connection()).isEqualTo(c);
        assertThat(store.create(1, 2, CAUSE, ConnectionOptions.DEFAULTS).connection().mutability())
                .isEqualTo(Mutability.LEARNABLE);
    }

    @Test
    void createRefusesMissingTokensSelfLoopsAndBadOptions() {
        assertThatThrownBy(() -> store.create(1, 99, CAUSE, ConnectionOptions.DEFAULTS))
                .isInstanceOf(TokenNotFoundException.class).hasMessage("Token 99 does not exist");
        assertThatThrownBy(() -> store.create(4, 4, CAUSE, ConnectionOptions.DEFAULTS))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> store.create(1, 2, 0xB0, ConnectionOptions.DEFAULTS))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> store.create(1, 2, CAUSE, new ConnectionOptions(11f, null, null, null)))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("pullStrength");
        assertThatThrownBy(() -> store.create(1, 2, CAUSE, new ConnectionOptions(null, 0f, null, null)))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("preferredDistance");
        assertThatThrownBy(() -> store.create(1, 2, CAUSE, new ConnectionOptions(null, null, 1.5f, null)))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("rigidity");
        assertThatThrownBy(() -> store.create(1, 2, CAUSE, ConnectionOptions.withFlags(256)))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("flags");
        assertThat(store.count()).isZero();
        assertThat(store.nextId()).isEqualTo(1);
    }

    @Test
    void adjacencyBetweenAndDeleteAllOf() {
        long c12 = store.create(1, 2, CAUSE, ConnectionOptions.DEFAULTS).id();
        long c13 = store.create(3, 1, CAUSE, ConnectionOptions.DEFAULTS).id();
        long c21 = store.create(2, 1, ConnectionType.BEFORE.code(), ConnectionOptions.DEFAULTS).id();
        long c34 = store.create(3, 4, CAUSE, ConnectionOptions.DEFAULTS).id();
        assertThat(store.adjacent(1)).containsExactly(c12, c13, c21);
        assertThat(store.between(2, 1)).containsExactly(c12, c21);
        assertThat(store.between(1, 4)).isEmpty();
        assertThat(store.deleteAllOf(1)).containsExactly(c12, c13, c21);
        assertThat(store.adjacent(1)).isEmpty();
        assertThat(store.adjacent(3)).containsExactly(c34);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void listReturnsRealIdsInStableOrder() {
        for (int i = 2; i <= 6; i++) {
            store.create(1, i, CAUSE, ConnectionOptions.DEFAULTS);
        }
        store.delete(2);
        assertThat(store.list(10, 0)).extracting(ConnectionEntry::id).containsExactly(1L, 3L, 4L, 5L);
        assertThat(store.list(2, 1)).extracting(ConnectionEntry::id).containsExactly(3L, 4L);
        assertThat(store.list(2, 1).get(0).connection().tokenB()).isEqualTo(4);
        assertThatThrownBy(() -> store.get(2).orElseThrow(() -> new ConnectionNotFoundException(2)))
                .hasMessage("Connection 2 does not exist");
        assertThatThrownBy(() -> store.delete(2)).isInstanceOf(ConnectionNotFoundException.class);
        assertThat(store.create(1, 7, CAUSE, ConnectionOptions.DEFAULTS).id()).isEqualTo(6);
    }

    @Test
    void feedbackFollowsTheUpstreamTestVector() {
        long id = store.create(1, 2, CAUSE, ConnectionOptions.DEFAULTS).id();
        assertThat(store.require(id).connection().confidence()).isEqualTo(128);
        assertThat(store.feedback(id, true).connection().confidence()).isEqualTo(160);
        long other = store.create(1, 3, CAUSE, ConnectionOptions.DEFAULTS).id();
        assertThat(store.feedback(other, false).connection().confidence()).isEqualTo(112);
        Connection activated = store.activate(id).connection();
        assertThat(activated.activationCount()).isEqualTo(1);
        assertThat(activated.rigidity()).isEqualTo(129);
        assertThat(store.require(id).connection()).isEqualTo(activated);
        assertThatThrownBy(() -> store.feedback(99, true)).isInstanceOf(ConnectionNotFoundException.class);
    }

    @Test
    void updateIsPartialAndGuardsImmutableConfidence() {
        long id = store.create(1, 2, CAUSE, ConnectionOptions.DEFAULTS).id();
        Connection c = store.update(id, ConnectionUpdate.builder().pullStrength(-3f).confidence(0.5f).build()).connection();
        assertThat(c.pullStrength()).isEqualTo(-3f);
        assertThat(c.confidence()).isEqualTo(127);
        assertThat(c.preferredDistance()).isEqualTo(1f);
        Connection semantic = store.update(id, ConnectionUpdate.builder().type(ConnectionType.SYNONYM.code()).build())
                .connection();
        assertThat(semantic.mutability()).isEqualTo(Mutability.IMMUTABLE);
        assertThat(semantic.confidence()).isEqualTo(255);
        assertThatThrownBy(() -> store.update(id, ConnectionUpdate.builder().confidence(0.1f).build()))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("Immutable");
        assertThatThrownBy(() -> store.update(id, ConnectionUpdate.builder().activeLevels(300).build()))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("activeLevels");
        assertThat(store.require(id).connection()).isEqualTo(semantic);
    }

    private long hypothesis(long a, long b, int confidence) throws ProposalException {
        ConnectionChange change = store.applyProposal(
                new ConnectionProposal.Create(a, b, ConnectionType.CORRELATES.code(), 2f, confidence, "pattern"));
        assertThat(change).isInstanceOf(ConnectionChange.Insert.class);
        return change.id();
    }

    @Test
    void proposalsFollowTheEvidenceRules() throws ProposalException {
        long h = hypothesis(1, 2, 100);
        Connection created = store.require(h).connection();
        assertThat(created.mutability()).isEqualTo(Mutability.HYPOTHESIS);
        assertThat(created.sourceId()).isEqualTo(1);
        assertThat(created.learningRate()).isEqualTo(128);

        assertThatThrownBy(() -> store.applyProposal(
                new ConnectionProposal.Modify(h, ConnectionField.CONFIDENCE, 0.4f, 0.8f, "", 4)))
                .isInstanceOf(ProposalException.class)
                .satisfies(e -> assertThat(((ProposalException) e).reason()).isEqualTo(Reason.INSUFFICIENT_EVIDENCE));
        store.applyProposal(new ConnectionProposal.Modify(h, ConnectionField.CONFIDENCE, 0.4f, 0.8f, "", 5));
        assertThat(store.require(h).connection().confidence()).isEqualTo(204);

        assertThatThrownBy(() -> store.applyProposal(
                new ConnectionProposal.Modify(h, ConnectionField.PULL_STRENGTH, 2f, 12f, "", 9)))
                .isInstanceOf(ProposalException.class)
                .satisfies(e -> assertThat(((ProposalException) e).reason()).isEqualTo(Reason.INVALID_VALUE));
        assertThatThrownBy(() -> store.applyProposal(new ConnectionProposal.Promote(h, 19, "")))
                .satisfies(e -> assertThat(((ProposalException) e).reason()).isEqualTo(Reason.INSUFFICIENT_EVIDENCE));
        store.applyProposal(new ConnectionProposal.Promote(h, 20, ""));
        Connection promoted = store.require(h).connection();
        assertThat(promoted.mutability()).isEqualTo(Mutability.LEARNABLE);
        assertThat(promoted.decayRate()).isEqualTo(8);
        assertThatThrownBy(() -> store.applyProposal(new ConnectionProposal.Delete(h, "")))
                .satisfies(e -> assertThat(((ProposalException) e).reason()).isEqualTo(Reason.CANNOT_DELETE));

        long h2 = hypothesis(3, 4, 50);
        assertThat(store.applyProposal(new ConnectionProposal.Delete(h2, "weak")))
                .isInstanceOf(ConnectionChange.Remove.class);
        assertThat(store.get(h2)).isEmpty();

        long immutable = store.create(5, 6, ConnectionType.SYNONYM.code(), ConnectionOptions.DEFAULTS).id();
        assertThatThrownBy(() -> store.applyProposal(
                new ConnectionProposal.Modify(immutable, ConnectionField.CONFIDENCE, 1f, 0.5f, "", 50)))
                .satisfies(e -> assertThat(((ProposalException) e).reason()).isEqualTo(Reason.IMMUTABLE_CONNECTION));
        assertThatThrownBy(() -> store.applyProposal(new ConnectionProposal.Create(1, 2, 0xC0, 1f, 10, "")))
                .satisfies(e -> assertThat(((ProposalException) e).reason()).isEqualTo(Reason.GUARDIAN_REJECTED));
        assertThatThrownBy(() -> store.applyProposal(new ConnectionProposal.Create(1, 77, CAUSE, 1f, 10, "")))
                .satisfies(e -> assertThat(((ProposalException) e).reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("Token 77");
        assertThatThrownBy(() -> store.applyProposal(new ConnectionProposal.Promote(999, 30, "")))
                .satisfies(e -> assertThat(((ProposalException) e).reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void hypothesesDecayOnlyAfterAnIdleHourAndWeakOnesAreDeleted() throws ProposalException {
        long strong = hypothesis(1, 2, 200);
        long weak = hypothesis(3, 4, 26);
        long learnable = store.create(5, 6, CAUSE, ConnectionOptions.DEFAULTS).id();
        now.addAndGet(3600);
        assertThat(store.applyDecay()).isEmpty();
        assertThat(store.require(strong).connection().confidence()).isEqualTo(200);

        now.addAndGet(1);
        assertThat(store.applyDecay()).containsExactly(weak);
        Connection decayed = store.require(strong).connection();
        assertThat(decayed.confidence()).isEqualTo(174); // 200/255 × (1 − 32/255) × 255, truncated
        assertThat(decayed.hasFlag(ConnectionFlags.DECAYING)).isTrue();
        assertThat(store.get(weak)).isEmpty();
        assertThat(store.adjacent(3)).isEmpty();
        assertThat(store.require(learnable).connection().confidence()).isEqualTo(128);
    }

    @Test
    void staleInsertPlansAreRefused() {
        ConnectionChange.Insert plan = store.planCreate(1, 2, CAUSE, ConnectionOptions.DEFAULTS);
        store.apply(plan);
        assertThatThrownBy(() -> store.apply(plan)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plan the change again");
        assertThatThrownBy(() -> store.apply(new ConnectionChange.Replace(1, Connection.create(1, 3, 0))))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("endpoints");
    }

    @Test
    void restoreRebuildsAdjacencyAndChecksTokens() {
        Connection c = Connection.create(2, 5, 100);
        store.restore(8, c.toBytes());
        assertThat(store.adjacent(5)).containsExactly(8L);
        assertThat(store.nextId()).isEqualTo(9);
        assertThatThrownBy(() -> store.restore(9, Connection.create(2, 50, 1).toBytes()))
                .isInstanceOf(TokenNotFoundException.class);
        byte[] bad = c.toBytes();
        bad[32] = 9;
        assertThatThrownBy(() -> store.restore(10, bad)).isInstanceOf(InvalidConnectionException.class)
                .hasMessageContaining("mutability");
    }
}

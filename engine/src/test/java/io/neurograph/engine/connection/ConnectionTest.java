package io.neurograph.engine.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.connection.ProposalException.Reason;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConnectionTest {
    private static final long NOW = 1_700_000_000L;

    @Test
    void newConnectionHasUpstreamDefaultsInCanonicalOrder() {
        Connection c = Connection.create(9, 4, NOW);
        assertThat(c.tokenA()).isEqualTo(4);
        assertThat(c.tokenB()).isEqualTo(9);
        assertThat(c.type()).isEqualTo(0x50);
        assertThat(c.rigidity()).isEqualTo(128);
        assertThat(c.confidence()).isEqualTo(128);
        assertThat(c.learningRate()).isEqualTo(32);
        assertThat(c.decayRate()).isEqualTo(16);
        assertThat(c.preferredDistance()).isEqualTo(1.0f);
        assertThat(c.mutability()).isEqualTo(Mutability.LEARNABLE);
        assertThat(c.createdAt()).isEqualTo(NOW);
        assertThat(c.lastActivation()).isZero();
    }

    @Test
    void layoutOffsetsMatchUpstream() {
        Connection c = Connection.create(0x11223344L, 0xAABBCCDDL, NOW);
        c.setType(ConnectionType.SIMILAR_TO.code());
        c.setPullStrength(-2.5f);
        c.setSourceId(7);
        ByteBuffer b = ByteBuffer.wrap(c.toBytes()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).isEqualTo(0x11223344);
        assertThat(Integer.toUnsignedLong(b.getInt(4))).isEqualTo(0xAABBCCDDL);
        assertThat(b.get(8)).isEqualTo((byte) 0x52);
        assertThat(b.get(9) & 0xFF).isEqualTo(128);
        assertThat(b.getFloat(16)).isEqualTo(-2.5f);
        assertThat(b.getFloat(20)).isEqualTo(1.0f);
        assertThat(Integer.toUnsignedLong(b.getInt(24))).isEqualTo(NOW);
        assertThat(b.get(32)).isEqualTo((byte) 1);
        assertThat(b.get(33) & 0xFF).isEqualTo(128);
        assertThat(b.get(40) & 0xFF).isEqualTo(32);
        assertThat(b.get(41) & 0xFF).isEqualTo(16);
        assertThat(b.getInt(44)).isEqualTo(7);
    }

    @Test
    void confidenceUpdateTestVector() {
        Connection success = Connection.create(1, 2, NOW);
        success.updateConfidence(true, NOW + 1);
        assertThat(success.confidence()).isEqualTo(160);
        assertThat(success.evidenceCount()).isEqualTo(1);
        assertThat(success.hasFlag(ConnectionFlags.MODIFIED)).isTrue();

        Connection failure = Connection.create(1, 2, NOW);
        failure.updateConfidence(false, NOW + 1);
        assertThat(failure.confidence()).isEqualTo(112);
        assertThat(failure.evidenceCount()).isZero();
    }

    @Test
    void confidenceSaturatesAtBothEnds() {
        Connection c = Connection.create(1, 2, NOW);
        for (int i = 0; i < 20; i++) {
            c.updateConfidence(true, NOW);
        }
        assertThat(c.confidence()).isEqualTo(255);
        for (int i = 0; i < 40; i++) {
            c.updateConfidence(false, NOW);
        }
        assertThat(c.confidence()).isZero();
    }

    @Test
    void immutableTypesForceFullConfidenceAndNeverLearn() {
        Connection c = Connection.create(1, 2, NOW);
        c.setType(ConnectionType.SYNONYM.code());
        assertThat(c.mutability()).isEqualTo(Mutability.IMMUTABLE);
        assertThat(c.confidence()).isEqualTo(255);
        c.updateConfidence(false, NOW);
        assertThat(c.confidence()).isEqualTo(255);
        assertThatThrownBy(() -> c.setType(0xB0)).hasMessageContaining("0xB0");
    }

    @Test
    void activateReinforcesOnlyLearnable() {
        Connection learnable = Connection.create(1, 2, NOW);
        learnable.activate(NOW + 5);
        assertThat(learnable.activationCount()).isEqualTo(1);
        assertThat(learnable.lastActivation()).isEqualTo(NOW + 5);
        assertThat(learnable.rigidity()).isEqualTo(129);
        assertThat(learnable.hasFlag(ConnectionFlags.ACTIVE | ConnectionFlags.REINFORCED)).isTrue();

        Connection hypothesis = Connection.create(1, 2, NOW);
        hypothesis.setMutability(Mutability.HYPOTHESIS);
        hypothesis.activate(NOW);
        assertThat(hypothesis.rigidity()).isEqualTo(128);
        assertThat(hypothesis.hasFlag(ConnectionFlags.REINFORCED)).isFalse();
    }

    @Test
    void hypothesisDecaysOnlyAfterAnIdleHourAndDeactivatesWhenWeak() {
        Connection c = Connection.create(1, 2, NOW);
        c.setMutability(Mutability.HYPOTHESIS);
        c.setDecayRate(128);
        c.setConfidence(40);
        assertThat(c.applyDecay(NOW + 3600)).isFalse();
        assertThat(c.confidence()).isEqualTo(40);
        assertThat(c.applyDecay(NOW + 3601)).isTrue();
        assertThat(c.confidence()).isEqualTo(19);
        assertThat(c.hasFlag(ConnectionFlags.DECAYING)).isTrue();
        assertThat(c.hasFlag(ConnectionFlags.ACTIVE)).isFalse();
    }

    @Test
    void modifyNeedsEvidenceAndValidValues() throws ProposalException {
        Connection c = Connection.create(1, 2, NOW);
        var weak = new ConnectionProposal.Modify(1, ConnectionField.CONFIDENCE, 0.5f, 0.9f, "x", 4);
        assertThatThrownBy(() -> c.apply(weak, NOW)).isInstanceOf(ProposalException.class)
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.INSUFFICIENT_EVIDENCE);
        var pull = new ConnectionProposal.Modify(1, ConnectionField.PULL_STRENGTH, 0f, 11f, "x", 5);
        assertThatThrownBy(() -> c.apply(pull, NOW)).extracting(e -> ((ProposalException) e).reason())
                .isEqualTo(Reason.INVALID_VALUE);
        assertThatThrownBy(() -> Connection.preValidate(pull)).isInstanceOf(ProposalException.class);
        c.apply(new ConnectionProposal.Modify(1, ConnectionField.CONFIDENCE, 0.5f, 0.9f, "x", 5), NOW);
        assertThat(c.confidence()).isEqualTo(229);
        assertThat(c.evidenceCount()).isEqualTo(5);
    }

    @Test
    void promoteAndDeleteOnlyApplyToHypotheses() throws ProposalException {
        Connection learnable = Connection.create(1, 2, NOW);
        assertThatThrownBy(() -> learnable.apply(new ConnectionProposal.Promote(1, 25, "x"), NOW))
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.NOT_HYPOTHESIS);
        assertThatThrownBy(() -> learnable.apply(new ConnectionProposal.Delete(1, "x"), NOW))
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.CANNOT_DELETE);

        var create = new ConnectionProposal.Create(5, 3, ConnectionType.CAUSE.code(), 2f, 77, "pattern");
        Connection h = Connection.fromProposal(create, NOW);
        assertThat(h.mutability()).isEqualTo(Mutability.HYPOTHESIS);
        assertThat(h.tokenA()).isEqualTo(3);
        assertThat(h.confidence()).isEqualTo(77);
        assertThat(h.learningRate()).isEqualTo(128);
        assertThat(h.sourceId()).isEqualTo(1);
        assertThatThrownBy(() -> h.apply(new ConnectionProposal.Promote(1, 19, "x"), NOW))
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.INSUFFICIENT_EVIDENCE);
        h.apply(new ConnectionProposal.Promote(1, 20, "x"), NOW);
        assertThat(h.mutability()).isEqualTo(Mutability.LEARNABLE);
        assertThat(h.decayRate()).isEqualTo(8);
    }

    @Test
    void createProposalIsGuarded() {
        assertThatThrownBy(() -> Connection.preValidate(new ConnectionProposal.Create(1, 2, 0xB5, 1f, 10, "x")))
                .hasMessageContaining("0xB5");
        assertThatThrownBy(() -> Connection.preValidate(new ConnectionProposal.Create(1, 2, 0x10, Float.NaN, 10, "x")))
                .isInstanceOf(ProposalException.class);
    }

    @Test
    void randomValidRecordsRoundTrip() {
        Random rnd = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            byte[] r = new byte[64];
            rnd.nextBytes(r);
            r[32] = (byte) rnd.nextInt(3);
            r[42] = 0;
            r[43] = 0;
            assertThat(Connection.fromBytes(r).toBytes()).isEqualTo(r);
        }
    }

    @Test
    void corruptMutabilityIsReported() {
        byte[] r = new byte[64];
        r[32] = 9;
        assertThatThrownBy(() -> Connection.fromBytes(r)).hasMessageContaining("mutability");
    }

    @Test
    void typesAndCategories() {
        assertThat(ConnectionType.values()).hasSize(176);
        assertThat(ConnectionType.of(0x21)).isEqualTo(ConnectionType.AFTER);
        assertThat(ConnectionType.parse("similar_to")).isEqualTo(ConnectionType.SIMILAR_TO);
        assertThat(ConnectionType.parse("0x10")).isEqualTo(ConnectionType.CAUSE);
        assertThat(ConnectionType.Category.mutabilityFor(0x35)).isEqualTo(Mutability.IMMUTABLE);
        assertThat(ConnectionType.Category.mutabilityFor(0xC0)).isEqualTo(Mutability.LEARNABLE);
        assertThatThrownBy(() -> ConnectionType.parse("nope")).hasMessageContaining("nope");
    }
}

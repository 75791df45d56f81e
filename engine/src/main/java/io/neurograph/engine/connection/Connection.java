package io.neurograph.engine.connection;

import static io.neurograph.engine.connection.ConnectionLayout.*;

import io.neurograph.engine.connection.ProposalException.Reason;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.LittleEndian;
import io.neurograph.engine.util.Saturating;
import java.util.Arrays;

/**
 * A decoded 64-byte connection between two tokens, with the upstream plasticity rules. Mutable: the
 * learning operations change it in place and the store writes it back. Not thread-safe; stores
 * guard it. Times are Unix seconds passed in by the caller so that decay can be tested.
 */
public final class Connection {
    /** Confidence below which a decaying Hypothesis loses ACTIVE and should be deleted. */
    public static final int DECAY_DEACTIVATE_BELOW = 25;
    /** Seconds a Hypothesis must sit idle before it decays. */
    public static final long DECAY_IDLE_SECONDS = 3600;
    public static final int MODIFY_MIN_EVIDENCE = 5;
    public static final int PROMOTE_MIN_EVIDENCE = 20;
    public static final float MAX_ABS_PULL = 10f;
    public static final float MIN_PREFERRED_DISTANCE = 0.01f;
    public static final float MAX_PREFERRED_DISTANCE = 100f;

    private long tokenA;
    private long tokenB;
    private int type;
    private int rigidity;
    private int activeLevels;
    private int flags;
    private long activationCount;
    private float pullStrength;
    private float preferredDistance;
    private long createdAt;
    private long lastActivation;
    private Mutability mutability;
    private int confidence;
    private int evidenceCount;
    private long lastUpdate;
    private int learningRate;
    private int decayRate;
    private long sourceId;
    private final short[] targetVector = new short[8];

    private Connection() {
    }

    /** Upstream {@code new(a, b)}: canonical order a ≤ b, type AssociatedWith, Learnable, confidence 128. */
    public static Connection create(long a, long b, long now) {
        Connection c = new Connection();
        c.tokenA = Math.min(a, b);
        c.tokenB = Math.max(a, b);
        c.type = ConnectionType.ASSOCIATED_WITH.code();
        c.rigidity = 128;
        c.preferredDistance = 1.0f;
        c.createdAt = now;
        c.mutability = Mutability.LEARNABLE;
        c.confidence = 128;
        c.lastUpdate = now;
        c.learningRate = 32;
        c.decayRate = 16;
        return c;
    }

    /** Builds the Hypothesis described by a Create proposal (mutability forced to Hypothesis). */
    public static Connection fromProposal(ConnectionProposal.Create p, long now) {
        Connection c = create(p.tokenA(), p.tokenB(), now);
        c.type = p.connectionType() & 0xFF;
        c.mutability = Mutability.HYPOTHESIS;
        c.pullStrength = p.initialStrength();
        c.confidence = p.initialConfidence() & 0xFF;
        c.learningRate = 128;
        c.decayRate = 32;
        c.sourceId = 1;
        return c;
    }

    public static Connection decode(byte[] b, int off) {
        if (off < 0 || b.length - off < SIZE) {
            throw new IllegalArgumentException("A connection record needs 64 bytes, got " + Math.max(0, b.length - off));
        }
        int mut = LittleEndian.u8(b, off + MUTABILITY);
        if (mut > 2) {
            throw new IllegalArgumentException("Corrupt connection record: mutability byte is " + mut + " (0..2 expected)");
        }
        Connection c = new Connection();
        c.tokenA = LittleEndian.u32(b, off + TOKEN_A);
        c.tokenB = LittleEndian.u32(b, off + TOKEN_B);
        c.type = LittleEndian.u8(b, off + TYPE);
        c.rigidity = LittleEndian.u8(b, off + RIGIDITY);
        c.activeLevels = LittleEndian.u8(b, off + ACTIVE_LEVELS);
        c.flags = LittleEndian.u8(b, off + FLAGS);
        c.activationCount = LittleEndian.u32(b, off + ACTIVATION_COUNT);
        c.pullStrength = LittleEndian.f32(b, off + PULL_STRENGTH);
        c.preferredDistance = LittleEndian.f32(b, off + PREFERRED_DISTANCE);
        c.createdAt = LittleEndian.u32(b, off + CREATED_AT);
        c.lastActivation = LittleEndian.u32(b, off + LAST_ACTIVATION);
        c.mutability = Mutability.of(mut);
        c.confidence = LittleEndian.u8(b, off + CONFIDENCE);
        c.evidenceCount = LittleEndian.u16(b, off + EVIDENCE_COUNT);
        c.lastUpdate = LittleEndian.u32(b, off + LAST_UPDATE);
        c.learningRate = LittleEndian.u8(b, off + LEARNING_RATE);
        c.decayRate = LittleEndian.u8(b, off + DECAY_RATE);
        c.sourceId = LittleEndian.u32(b, off + SOURCE_ID);
        for (int i = 0; i < 8; i++) {
            c.targetVector[i] = LittleEndian.i16(b, off + TARGET_VECTOR + 2 * i);
        }
        return c;
    }

    public static Connection fromBytes(byte[] b) {
        if (b.length != SIZE) {
            throw new IllegalArgumentException("A connection record is exactly 64 bytes, got " + b.length);
        }
        return decode(b, 0);
    }

    public void encode(byte[] b, int off) {
        LittleEndian.putU32(b, off + TOKEN_A, tokenA);
        LittleEndian.putU32(b, off + TOKEN_B, tokenB);
        LittleEndian.putU8(b, off + TYPE, type);
        LittleEndian.putU8(b, off + RIGIDITY, rigidity);
        LittleEndian.putU8(b, off + ACTIVE_LEVELS, activeLevels);
        LittleEndian.putU8(b, off + FLAGS, flags);
        LittleEndian.putU32(b, off + ACTIVATION_COUNT, activationCount);
        LittleEndian.putF32(b, off + PULL_STRENGTH, pullStrength);
        LittleEndian.putF32(b, off + PREFERRED_DISTANCE, preferredDistance);
        LittleEndian.putU32(b, off + CREATED_AT, createdAt);
        LittleEndian.putU32(b, off + LAST_ACTIVATION, lastActivation);
        LittleEndian.putU8(b, off + MUTABILITY, mutability.code());
        LittleEndian.putU8(b, off + CONFIDENCE, confidence);
        LittleEndian.putU16(b, off + EVIDENCE_COUNT, evidenceCount);
        LittleEndian.putU32(b, off + LAST_UPDATE, lastUpdate);
        LittleEndian.putU8(b, off + LEARNING_RATE, learningRate);
        LittleEndian.putU8(b, off + DECAY_RATE, decayRate);
        LittleEndian.putU16(b, off + PADDING, 0);
        LittleEndian.putU32(b, off + SOURCE_ID, sourceId);
        for (int i = 0; i < 8; i++) {
            LittleEndian.putI16(b, off + TARGET_VECTOR + 2 * i, targetVector[i]);
        }
    }

    public byte[] toBytes() {
        byte[] b = new byte[SIZE];
        encode(b, 0);
        return b;
    }

    public Connection copy() {
        return decode(toBytes(), 0);
    }

    // ---- plasticity -------------------------------------------------------------------------

    /** Sets the type; mutability becomes the category default and Immutable types get full confidence. */
    public void setType(int code) {
        if (!ConnectionType.isDefined(code)) {
            throw new IllegalArgumentException(String.format("Undefined connection type 0x%02X", code));
        }
        type = code;
        mutability = ConnectionType.Category.mutabilityFor(code);
        if (mutability == Mutability.IMMUTABLE) {
            confidence = 255;
        }
    }

    public void setTargetFromToken(Token token) {
        for (int i = 0; i < 8; i++) {
            targetVector[i] = token.raw(CoordinateSpace.of(i), 0);
        }
    }

    /** Records a use: count +1, ACTIVE; a Learnable connection is also REINFORCED and stiffens. */
    public void activate(long now) {
        activationCount = Saturating.addU32(activationCount, 1);
        lastActivation = now;
        flags |= ConnectionFlags.ACTIVE;
        if (mutability == Mutability.LEARNABLE) {
            flags |= ConnectionFlags.REINFORCED;
            rigidity = Math.min(255, rigidity + 1);
        }
    }

    /** Success raises confidence by lr/255 and counts evidence; failure lowers it by half that. */
    public void updateConfidence(boolean success, long now) {
        if (mutability == Mutability.IMMUTABLE) {
            return;
        }
        float d = learningRate / 255f;
        float c = confidence / 255f;
        float next;
        if (success) {
            next = Math.min(1f, c + d);
            evidenceCount = Saturating.addU16(evidenceCount, 1);
        } else {
            next = Math.max(0f, c - d / 2f);
        }
        confidence = Saturating.toU8(next * 255f);
        lastUpdate = now;
        flags |= ConnectionFlags.MODIFIED;
    }

    /**
     * Decays an idle Hypothesis. Returns true when confidence fell below 25 and ACTIVE was cleared:
     * the caller should delete the connection.
     */
    public boolean applyDecay(long now) {
        if (mutability != Mutability.HYPOTHESIS || now - lastUpdate <= DECAY_IDLE_SECONDS) {
            return false;
        }
        float c = confidence / 255f * (1f - decayRate / 255f);
        confidence = Saturating.toU8(c * 255f);
        flags |= ConnectionFlags.DECAYING;
        if (confidence < DECAY_DEACTIVATE_BELOW) {
            flags &= ~ConnectionFlags.ACTIVE;
            return true;
        }
        return false;
    }

    /** Spring force toward the preferred distance; positive pulls the tokens closer. */
    public float calculateForce(float currentDistance) {
        float cf = mutability == Mutability.IMMUTABLE ? 1f : confidence / 255f;
        return (preferredDistance - currentDistance) * (rigidity / 255f) * pullStrength * cf;
    }

    /** Checks the values a proposal would set, before it is applied (Guardian pre-check). */
    public static void preValidate(ConnectionProposal p) throws ProposalException {
        switch (p) {
            case ConnectionProposal.Modify m -> checkFieldValue(m.field(), m.newValue());
            case ConnectionProposal.Create c -> {
                if (!ConnectionType.isDefined(c.connectionType())) {
                    throw new ProposalException(Reason.GUARDIAN_REJECTED,
                            String.format("Connection type 0x%02X is undefined", c.connectionType()));
                }
                if (!(Math.abs(c.initialStrength()) <= MAX_ABS_PULL)) {
                    throw new ProposalException(Reason.GUARDIAN_REJECTED,
                            "Initial strength " + c.initialStrength() + " is outside ±10");
                }
            }
            case ConnectionProposal.Delete d -> { }
            case ConnectionProposal.Promote pr -> { }
        }
    }

    private static void checkFieldValue(ConnectionField field, float v) throws ProposalException {
        boolean ok = switch (field) {
            case PULL_STRENGTH -> Math.abs(v) <= MAX_ABS_PULL;
            case PREFERRED_DISTANCE -> v >= MIN_PREFERRED_DISTANCE && v <= MAX_PREFERRED_DISTANCE;
            case CONFIDENCE, LEARNING_RATE, DECAY_RATE -> v >= 0f && v <= 1f;
        };
        if (!ok) {
            throw new ProposalException(Reason.INVALID_VALUE, "Value " + v + " is out of range for " + field);
        }
    }

    /** Checks the state after a proposal was applied (Guardian post-check). */
    public void validateState() throws ProposalException {
        if (!(Math.abs(pullStrength) <= MAX_ABS_PULL)) {
            throw new ProposalException(Reason.GUARDIAN_REJECTED, "Pull strength " + pullStrength + " is outside ±10");
        }
        if (!(preferredDistance >= MIN_PREFERRED_DISTANCE && preferredDistance <= MAX_PREFERRED_DISTANCE)) {
            throw new ProposalException(Reason.GUARDIAN_REJECTED,
                    "Preferred distance " + preferredDistance + " is outside 0.01..100");
        }
        if (!ConnectionType.isDefined(type)) {
            throw new ProposalException(Reason.GUARDIAN_REJECTED, String.format("Connection type 0x%02X is undefined", type));
        }
    }

    /**
     * Applies Modify, Promote or Delete to this connection with the upstream rules. Create is a
     * no-op on an existing connection. Returns true for a Delete, which the caller completes.
     */
    public boolean apply(ConnectionProposal p, long now) throws ProposalException {
        switch (p) {
            case ConnectionProposal.Modify m -> applyModify(m, now);
            case ConnectionProposal.Promote pr -> {
                if (mutability != Mutability.HYPOTHESIS) {
                    throw new ProposalException(Reason.NOT_HYPOTHESIS, "Only a Hypothesis can be promoted; this one is " + mutability);
                }
                if (pr.evidenceCount() < PROMOTE_MIN_EVIDENCE) {
                    throw new ProposalException(Reason.INSUFFICIENT_EVIDENCE,
                            "Promotion needs evidence ≥ " + PROMOTE_MIN_EVIDENCE + ", got " + pr.evidenceCount());
                }
                mutability = Mutability.LEARNABLE;
                learningRate = 32;
                decayRate = 8;
                evidenceCount = pr.evidenceCount() & 0xFFFF;
                lastUpdate = now;
                flags |= ConnectionFlags.MODIFIED;
            }
            case ConnectionProposal.Delete d -> {
                if (mutability != Mutability.HYPOTHESIS) {
                    throw new ProposalException(Reason.CANNOT_DELETE, "Only a Hypothesis can be deleted by a proposal; this one is " + mutability);
                }
                flags &= ~ConnectionFlags.ACTIVE;
                return true;
            }
            case ConnectionProposal.Create c -> { }
        }
        return false;
    }

    private void applyModify(ConnectionProposal.Modify m, long now) throws ProposalException {
        if (mutability == Mutability.IMMUTABLE) {
            throw new ProposalException(Reason.IMMUTABLE_CONNECTION, "The connection is Immutable");
        }
        if (m.evidenceCount() < MODIFY_MIN_EVIDENCE) {
            throw new ProposalException(Reason.INSUFFICIENT_EVIDENCE,
                    "Modification needs evidence ≥ " + MODIFY_MIN_EVIDENCE + ", got " + m.evidenceCount());
        }
        float v = m.newValue();
        switch (m.field()) {
            case CONFIDENCE -> {
                confidence = Saturating.toU8(v * 255f);
                evidenceCount = Saturating.addU16(evidenceCount, m.evidenceCount());
            }
            case PULL_STRENGTH -> {
                if (!(Math.abs(v) <= MAX_ABS_PULL)) {
                    throw new ProposalException(Reason.INVALID_VALUE, "Pull strength " + v + " is outside ±10");
                }
                pullStrength = v;
            }
            case PREFERRED_DISTANCE -> {
                if (!(v >= MIN_PREFERRED_DISTANCE && v <= MAX_PREFERRED_DISTANCE)) {
                    throw new ProposalException(Reason.INVALID_VALUE, "Preferred distance " + v + " is outside 0.01..100");
                }
                preferredDistance = v;
            }
            case LEARNING_RATE -> learningRate = Saturating.toU8(v * 255f);
            case DECAY_RATE -> decayRate = Saturating.toU8(v * 255f);
        }
        lastUpdate = now;
        flags |= ConnectionFlags.MODIFIED;
    }

    // ---- accessors --------------------------------------------------------------------------

    public long tokenA() { return tokenA; }
    public long tokenB() { return tokenB; }
    public int type() { return type; }
    public int rigidity() { return rigidity; }
    public int activeLevels() { return activeLevels; }
    public int flags() { return flags; }
    public boolean hasFlag(int flag) { return (flags & flag) == flag; }
    public long activationCount() { return activationCount; }
    public float pullStrength() { return pullStrength; }
    public float preferredDistance() { return preferredDistance; }
    public long createdAt() { return createdAt; }
    public long lastActivation() { return lastActivation; }
    public Mutability mutability() { return mutability; }
    public int confidence() { return confidence; }
    public int evidenceCount() { return evidenceCount; }
    public long lastUpdate() { return lastUpdate; }
    public int learningRate() { return learningRate; }
    public int decayRate() { return decayRate; }
    public long sourceId() { return sourceId; }
    public short[] targetVector() { return targetVector.clone(); }

    public void setRigidity(int raw) { rigidity = raw & 0xFF; }
    public void setActiveLevels(int mask) { activeLevels = mask & 0xFF; }
    public void setFlags(int f) { flags = f & 0xFF; }
    public void setPullStrength(float v) { pullStrength = v; }
    public void setPreferredDistance(float v) { preferredDistance = v; }
    public void setMutability(Mutability m) { mutability = m; }
    public void setConfidence(int raw) { confidence = raw & 0xFF; }
    public void setLearningRate(int raw) { learningRate = raw & 0xFF; }
    public void setDecayRate(int raw) { decayRate = raw & 0xFF; }
    public void setSourceId(long id) { sourceId = id & 0xFFFF_FFFFL; }
    public void setLastUpdate(long now) { lastUpdate = now; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Connection c && Arrays.equals(toBytes(), c.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    @Override
    public String toString() {
        String name = ConnectionType.isDefined(type) ? ConnectionType.of(type).title() : String.format("0x%02X", type);
        return "Connection{" + tokenA + "-" + tokenB + ", " + name + ", " + mutability + ", confidence=" + confidence + "}";
    }
}

package io.neurograph.engine.cdna;

import static io.neurograph.engine.cdna.CdnaLayout.*;

import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.util.Fnv1a;
import io.neurograph.engine.util.LittleEndian;
import java.util.Arrays;

/**
 * The CDNA "constitution": an immutable value over the exact 384-byte little-endian record. Change it
 * through {@link #edit()}, whose {@code build(now)} always stamps {@code modified_at} and recomputes
 * the checksum (upstream forgot to after in-place edits, leaving records that failed validation).
 *
 * <p>Deviation from upstream defaults: {@code bucket_sizes} are not a uniform 10.0. A space's bucket
 * is {@code 1000 / scale} of its fixed-point encoding: 10.0 for the scale-100 spaces L1 and L7
 * (range ±327.67), 1.0 for L3 (±32.767) and 0.1 for the scale-10000 spaces (±3.2767). With 10.0
 * everywhere, every token of a small space falls into the buckets around the origin and the grid
 * prunes nothing.
 */
public final class Cdna {
    private final byte[] record;

    private Cdna(byte[] record) {
        this.record = record;
    }

    /** Upstream defaults (with per-space bucket sizes, see class comment), created and modified now. */
    public static Cdna defaults(long nowSeconds) {
        byte[] r = new byte[SIZE];
        LittleEndian.putU32(r, MAGIC, MAGIC_VALUE);
        LittleEndian.putU16(r, VERSION_MAJOR, VERSION_MAJOR_VALUE);
        LittleEndian.putU16(r, VERSION_MINOR, VERSION_MINOR_VALUE);
        LittleEndian.putI64(r, CREATED_AT, nowSeconds);
        LittleEndian.putU32(r, PROFILE_ID, ProfileId.DEFAULT.code());
        LittleEndian.putU32(r, PROFILE_STATE, ProfileState.ACTIVE | ProfileState.VALIDATED);
        LittleEndian.putU32(r, CdnaLayout.FLAGS, CdnaFlags.ENABLE_VALIDATION | CdnaFlags.ENABLE_EVENTS);
        for (int d = 0; d < DIMENSIONS; d++) {
            LittleEndian.putU8(r, DIMENSION_IDS + d, d);
            LittleEndian.putU8(r, DIMENSION_FLAGS + d, 0xFF);
            LittleEndian.putF32(r, DIMENSION_SCALES + 4 * d, 1.0f);
            LittleEndian.putF32(r, BUCKET_SIZES + 4 * d, 1000f / CoordinateSpace.of(d).scale());
            LittleEndian.putF32(r, FIELD_STRENGTH_LIMITS + 4 * d, 1.0f);
        }
        LittleEndian.putI64(r, ALLOWED_CONNECTION_TYPES, -1L);
        LittleEndian.putU32(r, CdnaLayout.MAX_OUT_DEGREE, 1000);
        LittleEndian.putU32(r, CdnaLayout.MAX_IN_DEGREE, 1000);
        LittleEndian.putU32(r, CdnaLayout.MAX_TOTAL_DEGREE, 2000);
        LittleEndian.putF32(r, CdnaLayout.MAX_WEIGHT_THRESHOLD, 1.0f);
        LittleEndian.putF32(r, CdnaLayout.MAX_TOKEN_WEIGHT, 1.0f);
        LittleEndian.putU16(r, CdnaLayout.MAX_FIELD_RADIUS, 255);
        LittleEndian.putU16(r, CdnaLayout.MAX_FIELD_STRENGTH, 255);
        LittleEndian.putF32(r, CdnaLayout.MAX_CONNECTION_WEIGHT, 1.0f);
        LittleEndian.putF32(r, CdnaLayout.MAX_RIGIDITY, 1.0f);
        LittleEndian.putF32(r, CdnaLayout.DEFAULT_PULL_STRENGTH, 0.5f);
        LittleEndian.putF32(r, CdnaLayout.DECAY_RATE, 0.01f);
        LittleEndian.putF32(r, CdnaLayout.MUTATION_RATE, 0.01f);
        LittleEndian.putF32(r, CdnaLayout.CROSSOVER_RATE, 0.1f);
        LittleEndian.putF32(r, CdnaLayout.SELECTION_PRESSURE, 0.5f);
        LittleEndian.putF32(r, CdnaLayout.TRACE_SAMPLE_RATE, 0.01f);
        return new Editor(r).build(nowSeconds);
    }

    /** Defaults plus the profile's id, scales and upstream deltas. */
    public static Cdna forProfile(ProfileId profile, long nowSeconds) {
        Editor e = defaults(nowSeconds).edit().profile(profile).dimensionScales(profile.scales());
        switch (profile) {
            case EXPLORER -> e.maxOutDegree(2000).maxTotalDegree(4000).mutationRate(0.05f);
            case ANALYST -> e.maxOutDegree(500).maxTotalDegree(1000).flag(CdnaFlags.STRICT_MODE, true);
            case CREATIVE -> e.mutationRate(0.1f).crossoverRate(0.2f).flag(CdnaFlags.ENABLE_MUTATION, true);
            case DEFAULT, CUSTOM -> {
            }
        }
        return e.build(nowSeconds);
    }

    /** Decodes a record without validating it (call {@link #validate()}); the bytes are copied. */
    public static Cdna fromBytes(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("A CDNA record is exactly 384 bytes, got " + bytes.length);
        }
        return new Cdna(bytes.clone());
    }

    public byte[] toBytes() {
        return record.clone();
    }

    /** A mutable copy; nothing changes until {@link Editor#build(long)}. */
    public Editor edit() {
        return new Editor(record.clone());
    }

    /** FNV-1a 64 over all 384 bytes except the checksum itself (40..47). */
    public long computeChecksum() {
        return checksumOf(record);
    }

    private static long checksumOf(byte[] r) {
        long h = Fnv1a.hash(r, 0, CHECKSUM);
        for (int i = CHECKSUM_END; i < SIZE; i++) {
            h = Fnv1a.step(h, r[i]);
        }
        return h;
    }

    /** Upstream checks in upstream order, then NaN, bucket and scale checks with warnings. */
    public CdnaValidation validate() {
        return CdnaValidator.validate(this);
    }

    /** Checks eight scales against the per-dimension limits without building a CDNA. */
    public static CdnaValidation validateScales(float[] scales) {
        return CdnaValidator.validateScales(scales);
    }

    /** Largest allowed scale of a dimension (L1-L4, L6, L7: 20; L5: 30; L8: 50). */
    public static float maxScale(int dimension) {
        return CdnaValidator.maxScale(dimension);
    }

    /** Scales above this are in the caution zone ({@link Severity#CAUTION}); for editors that draw the zones. */
    public static float cautionScale(int dimension) {
        return CdnaValidator.cautionScale(dimension);
    }

    /** Scales above this are in the danger zone ({@link Severity#DANGER}). */
    public static float dangerScale(int dimension) {
        return CdnaValidator.dangerScale(dimension);
    }

    // ---- header ---------------------------------------------------------------------------------

    public long magic() { return LittleEndian.u32(record, MAGIC); }
    public int versionMajor() { return LittleEndian.u16(record, VERSION_MAJOR); }
    public int versionMinor() { return LittleEndian.u16(record, VERSION_MINOR); }
    public long createdAt() { return LittleEndian.i64(record, CREATED_AT); }
    public long modifiedAt() { return LittleEndian.i64(record, MODIFIED_AT); }
    public long profileIdCode() { return LittleEndian.u32(record, PROFILE_ID); }
    public ProfileId profile() { return ProfileId.of(profileIdCode()); }
    public long profileState() { return LittleEndian.u32(record, PROFILE_STATE); }
    public boolean hasState(long bit) { return (profileState() & bit) == bit; }
    public long flags() { return LittleEndian.u32(record, CdnaLayout.FLAGS); }
    public boolean hasFlag(long bit) { return (flags() & bit) == bit; }
    /** The stored checksum; compare with {@link #computeChecksum()}. */
    public long checksum() { return LittleEndian.i64(record, CHECKSUM); }

    // ---- grid physics ---------------------------------------------------------------------------

    public int dimensionId(int d) { return (int) CdnaField.DIMENSION_IDS.readLong(record, d); }
    public int dimensionFlags(int d) { return (int) CdnaField.DIMENSION_FLAGS.readLong(record, d); }
    public float dimensionScale(int d) { return CdnaField.DIMENSION_SCALES.readFloat(record, d); }
    public float[] dimensionScales() { return floats(CdnaField.DIMENSION_SCALES); }
    public float bucketSize(int d) { return CdnaField.BUCKET_SIZES.readFloat(record, d); }
    public float[] bucketSizes() { return floats(CdnaField.BUCKET_SIZES); }
    public float fieldStrengthLimit(int d) { return CdnaField.FIELD_STRENGTH_LIMITS.readFloat(record, d); }
    public float[] fieldStrengthLimits() { return floats(CdnaField.FIELD_STRENGTH_LIMITS); }

    // ---- graph topology -------------------------------------------------------------------------

    public long allowedConnectionTypes() { return LittleEndian.i64(record, ALLOWED_CONNECTION_TYPES); }

    /**
     * Whether a connection type may be written: the code must be defined (≤ 0xAF) and its bit
     * {@code 1L << code} set. Java masks the shift to {@code code & 63}, as upstream's release build
     * does, so the 64-bit mask covers the 176 types coarsely.
     */
    public boolean isConnectionTypeAllowed(int code) {
        return ConnectionType.isDefined(code) && (allowedConnectionTypes() & (1L << code)) != 0;
    }

    public long maxOutDegree() { return LittleEndian.u32(record, CdnaLayout.MAX_OUT_DEGREE); }
    public long maxInDegree() { return LittleEndian.u32(record, CdnaLayout.MAX_IN_DEGREE); }
    public long maxTotalDegree() { return LittleEndian.u32(record, CdnaLayout.MAX_TOTAL_DEGREE); }
    public float minWeightThreshold() { return LittleEndian.f32(record, CdnaLayout.MIN_WEIGHT_THRESHOLD); }
    public float maxWeightThreshold() { return LittleEndian.f32(record, CdnaLayout.MAX_WEIGHT_THRESHOLD); }

    // ---- token properties -----------------------------------------------------------------------

    public float minTokenWeight() { return LittleEndian.f32(record, CdnaLayout.MIN_TOKEN_WEIGHT); }
    public float maxTokenWeight() { return LittleEndian.f32(record, CdnaLayout.MAX_TOKEN_WEIGHT); }
    /** Raw u8 radius (value × 100) stored in a u16. */
    public int minFieldRadius() { return LittleEndian.u16(record, CdnaLayout.MIN_FIELD_RADIUS); }
    public int maxFieldRadius() { return LittleEndian.u16(record, CdnaLayout.MAX_FIELD_RADIUS); }
    /** Raw u8 strength (value × 255) stored in a u16. */
    public int minFieldStrength() { return LittleEndian.u16(record, CdnaLayout.MIN_FIELD_STRENGTH); }
    public int maxFieldStrength() { return LittleEndian.u16(record, CdnaLayout.MAX_FIELD_STRENGTH); }

    // ---- connection constraints -----------------------------------------------------------------

    /** Lower bound of a connection's pull strength. */
    public float minConnectionWeight() { return LittleEndian.f32(record, CdnaLayout.MIN_CONNECTION_WEIGHT); }
    public float maxConnectionWeight() { return LittleEndian.f32(record, CdnaLayout.MAX_CONNECTION_WEIGHT); }
    /** Lower bound of rigidity / 255. */
    public float minRigidity() { return LittleEndian.f32(record, CdnaLayout.MIN_RIGIDITY); }
    public float maxRigidity() { return LittleEndian.f32(record, CdnaLayout.MAX_RIGIDITY); }
    public float defaultPullStrength() { return LittleEndian.f32(record, CdnaLayout.DEFAULT_PULL_STRENGTH); }
    public float decayRate() { return LittleEndian.f32(record, CdnaLayout.DECAY_RATE); }

    // ---- evolution ------------------------------------------------------------------------------

    public float mutationRate() { return LittleEndian.f32(record, CdnaLayout.MUTATION_RATE); }
    public float crossoverRate() { return LittleEndian.f32(record, CdnaLayout.CROSSOVER_RATE); }
    public float selectionPressure() { return LittleEndian.f32(record, CdnaLayout.SELECTION_PRESSURE); }
    public long evolutionFlags() { return LittleEndian.u32(record, CdnaLayout.EVOLUTION_FLAGS); }
    public float traceSampleRate() { return LittleEndian.f32(record, CdnaLayout.TRACE_SAMPLE_RATE); }

    long readLong(CdnaField field, int index) {
        return field.readLong(record, index);
    }

    float readFloat(CdnaField field, int index) {
        return field.readFloat(record, index);
    }

    private float[] floats(CdnaField field) {
        float[] out = new float[field.count];
        for (int i = 0; i < out.length; i++) {
            out[i] = field.readFloat(record, i);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cdna c && Arrays.equals(record, c.record);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(record);
    }

    @Override
    public String toString() {
        return "Cdna{profile=" + profile() + ", state=0x" + Long.toHexString(profileState())
                + ", modified=" + modifiedAt() + ", checksum=0x" + Long.toHexString(checksum()) + "}";
    }

    /**
     * Fluent editor over a private copy. Integer setters refuse values the stored width cannot hold;
     * float values are stored as given and judged by {@link Cdna#validate()}, so an editor UI can show
     * the issue instead of an exception.
     */
    public static final class Editor {
        private final byte[] r;

        private Editor(byte[] r) {
            this.r = r;
        }

        public Editor profile(ProfileId profile) {
            LittleEndian.putU32(r, PROFILE_ID, profile.code());
            return this;
        }

        public Editor profileState(long bits) { return set(CdnaField.PROFILE_STATE, bits); }
        public Editor flags(long bits) { return set(CdnaField.FLAGS, bits); }

        public Editor flag(long bit, boolean on) {
            long f = CdnaField.FLAGS.readLong(r, 0);
            return flags(on ? f | bit : f & ~bit);
        }

        public Editor dimensionFlags(int d, int bits) { return set(CdnaField.DIMENSION_FLAGS, d, bits); }
        public Editor dimensionScale(int d, float v) { return set(CdnaField.DIMENSION_SCALES, d, v); }
        public Editor dimensionScales(float[] v) { return setAll(CdnaField.DIMENSION_SCALES, v); }
        public Editor bucketSize(int d, float v) { return set(CdnaField.BUCKET_SIZES, d, v); }
        public Editor bucketSizes(float[] v) { return setAll(CdnaField.BUCKET_SIZES, v); }
        public Editor fieldStrengthLimit(int d, float v) { return set(CdnaField.FIELD_STRENGTH_LIMITS, d, v); }
        public Editor fieldStrengthLimits(float[] v) { return setAll(CdnaField.FIELD_STRENGTH_LIMITS, v); }

        public Editor allowedConnectionTypes(long mask) { return set(CdnaField.ALLOWED_CONNECTION_TYPES, mask); }

        /** Sets or clears the mask bit of a defined connection type (bit {@code code & 63}). */
        public Editor allowConnectionType(int code, boolean allowed) {
            if (!ConnectionType.isDefined(code)) {
                throw new IllegalArgumentException(String.format(
                        "allowed_connection_types: connection type 0x%02X is not defined (0x00..0xAF)", code));
            }
            long mask = CdnaField.ALLOWED_CONNECTION_TYPES.readLong(r, 0);
            return allowedConnectionTypes(allowed ? mask | (1L << code) : mask & ~(1L << code));
        }

        public Editor maxOutDegree(long v) { return set(CdnaField.MAX_OUT_DEGREE, v); }
        public Editor maxInDegree(long v) { return set(CdnaField.MAX_IN_DEGREE, v); }
        public Editor maxTotalDegree(long v) { return set(CdnaField.MAX_TOTAL_DEGREE, v); }
        public Editor minWeightThreshold(float v) { return set(CdnaField.MIN_WEIGHT_THRESHOLD, 0, v); }
        public Editor maxWeightThreshold(float v) { return set(CdnaField.MAX_WEIGHT_THRESHOLD, 0, v); }
        public Editor minTokenWeight(float v) { return set(CdnaField.MIN_TOKEN_WEIGHT, 0, v); }
        public Editor maxTokenWeight(float v) { return set(CdnaField.MAX_TOKEN_WEIGHT, 0, v); }
        public Editor minFieldRadius(int raw) { return set(CdnaField.MIN_FIELD_RADIUS, raw); }
        public Editor maxFieldRadius(int raw) { return set(CdnaField.MAX_FIELD_RADIUS, raw); }
        public Editor minFieldStrength(int raw) { return set(CdnaField.MIN_FIELD_STRENGTH, raw); }
        public Editor maxFieldStrength(int raw) { return set(CdnaField.MAX_FIELD_STRENGTH, raw); }
        public Editor minConnectionWeight(float v) { return set(CdnaField.MIN_CONNECTION_WEIGHT, 0, v); }
        public Editor maxConnectionWeight(float v) { return set(CdnaField.MAX_CONNECTION_WEIGHT, 0, v); }
        public Editor minRigidity(float v) { return set(CdnaField.MIN_RIGIDITY, 0, v); }
        public Editor maxRigidity(float v) { return set(CdnaField.MAX_RIGIDITY, 0, v); }
        public Editor defaultPullStrength(float v) { return set(CdnaField.DEFAULT_PULL_STRENGTH, 0, v); }
        public Editor decayRate(float v) { return set(CdnaField.DECAY_RATE, 0, v); }
        public Editor mutationRate(float v) { return set(CdnaField.MUTATION_RATE, 0, v); }
        public Editor crossoverRate(float v) { return set(CdnaField.CROSSOVER_RATE, 0, v); }
        public Editor selectionPressure(float v) { return set(CdnaField.SELECTION_PRESSURE, 0, v); }
        public Editor evolutionFlags(long bits) { return set(CdnaField.EVOLUTION_FLAGS, bits); }
        public Editor traceSampleRate(float v) { return set(CdnaField.TRACE_SAMPLE_RATE, 0, v); }

        /** Used by the JSON codec to restore the original creation time. */
        Editor createdAt(long seconds) {
            return set(CdnaField.CREATED_AT, seconds);
        }

        Editor set(CdnaField field, int index, long value) {
            field.writeLong(r, index, value);
            return this;
        }

        Editor set(CdnaField field, int index, float value) {
            field.writeFloat(r, index, value);
            return this;
        }

        private Editor set(CdnaField field, long value) {
            return set(field, 0, value);
        }

        private Editor setAll(CdnaField field, float[] values) {
            if (values.length != field.count) {
                throw new IllegalArgumentException(field.key + " needs " + field.count + " values, got " + values.length);
            }
            for (int i = 0; i < values.length; i++) {
                field.writeFloat(r, i, values[i]);
            }
            return this;
        }

        /** Stamps {@code modified_at = now}, recomputes the checksum and returns the new value. */
        public Cdna build(long nowSeconds) {
            CdnaField.MODIFIED_AT.writeLong(r, 0, nowSeconds);
            LittleEndian.putI64(r, CHECKSUM, checksumOf(r));
            return new Cdna(r.clone());
        }
    }
}

package io.neurograph.engine.cdna;

import io.neurograph.engine.util.LittleEndian;

/**
 * The editable CDNA fields with their snake_case names (shared by validation messages and JSON),
 * offsets and stored types. One table so that the editor, the JSON codec and the NaN check agree.
 * Magic, version, profile id and checksum are handled by {@link Cdna} itself.
 */
enum CdnaField {
    CREATED_AT("created_at", CdnaLayout.CREATED_AT, Kind.U64, 1),
    MODIFIED_AT("modified_at", CdnaLayout.MODIFIED_AT, Kind.U64, 1),
    PROFILE_STATE("profile_state", CdnaLayout.PROFILE_STATE, Kind.U32, 1),
    FLAGS("flags", CdnaLayout.FLAGS, Kind.U32, 1),
    DIMENSION_IDS("dimension_ids", CdnaLayout.DIMENSION_IDS, Kind.U8, 8),
    DIMENSION_FLAGS("dimension_flags", CdnaLayout.DIMENSION_FLAGS, Kind.U8, 8),
    DIMENSION_SCALES("dimension_scales", CdnaLayout.DIMENSION_SCALES, Kind.F32, 8),
    BUCKET_SIZES("bucket_sizes", CdnaLayout.BUCKET_SIZES, Kind.F32, 8),
    FIELD_STRENGTH_LIMITS("field_strength_limits", CdnaLayout.FIELD_STRENGTH_LIMITS, Kind.F32, 8),
    ALLOWED_CONNECTION_TYPES("allowed_connection_types", CdnaLayout.ALLOWED_CONNECTION_TYPES, Kind.MASK64, 1),
    MAX_OUT_DEGREE("max_out_degree", CdnaLayout.MAX_OUT_DEGREE, Kind.U32, 1),
    MAX_IN_DEGREE("max_in_degree", CdnaLayout.MAX_IN_DEGREE, Kind.U32, 1),
    MAX_TOTAL_DEGREE("max_total_degree", CdnaLayout.MAX_TOTAL_DEGREE, Kind.U32, 1),
    MIN_WEIGHT_THRESHOLD("min_weight_threshold", CdnaLayout.MIN_WEIGHT_THRESHOLD, Kind.F32, 1),
    MAX_WEIGHT_THRESHOLD("max_weight_threshold", CdnaLayout.MAX_WEIGHT_THRESHOLD, Kind.F32, 1),
    MIN_TOKEN_WEIGHT("min_token_weight", CdnaLayout.MIN_TOKEN_WEIGHT, Kind.F32, 1),
    MAX_TOKEN_WEIGHT("max_token_weight", CdnaLayout.MAX_TOKEN_WEIGHT, Kind.F32, 1),
    MIN_FIELD_RADIUS("min_field_radius", CdnaLayout.MIN_FIELD_RADIUS, Kind.U16, 1),
    MAX_FIELD_RADIUS("max_field_radius", CdnaLayout.MAX_FIELD_RADIUS, Kind.U16, 1),
    MIN_FIELD_STRENGTH("min_field_strength", CdnaLayout.MIN_FIELD_STRENGTH, Kind.U16, 1),
    MAX_FIELD_STRENGTH("max_field_strength", CdnaLayout.MAX_FIELD_STRENGTH, Kind.U16, 1),
    MIN_CONNECTION_WEIGHT("min_connection_weight", CdnaLayout.MIN_CONNECTION_WEIGHT, Kind.F32, 1),
    MAX_CONNECTION_WEIGHT("max_connection_weight", CdnaLayout.MAX_CONNECTION_WEIGHT, Kind.F32, 1),
    MIN_RIGIDITY("min_rigidity", CdnaLayout.MIN_RIGIDITY, Kind.F32, 1),
    MAX_RIGIDITY("max_rigidity", CdnaLayout.MAX_RIGIDITY, Kind.F32, 1),
    DEFAULT_PULL_STRENGTH("default_pull_strength", CdnaLayout.DEFAULT_PULL_STRENGTH, Kind.F32, 1),
    DECAY_RATE("decay_rate", CdnaLayout.DECAY_RATE, Kind.F32, 1),
    MUTATION_RATE("mutation_rate", CdnaLayout.MUTATION_RATE, Kind.F32, 1),
    CROSSOVER_RATE("crossover_rate", CdnaLayout.CROSSOVER_RATE, Kind.F32, 1),
    SELECTION_PRESSURE("selection_pressure", CdnaLayout.SELECTION_PRESSURE, Kind.F32, 1),
    EVOLUTION_FLAGS("evolution_flags", CdnaLayout.EVOLUTION_FLAGS, Kind.U32, 1),
    TRACE_SAMPLE_RATE("trace_sample_rate", CdnaLayout.TRACE_SAMPLE_RATE, Kind.F32, 1);

    /** Stored representation; integer kinds carry their unsigned maximum. */
    enum Kind {
        U8(1, 0xFFL), U16(2, 0xFFFFL), U32(4, 0xFFFF_FFFFL), U64(8, Long.MAX_VALUE), MASK64(8, -1L), F32(4, 0);

        final int size;
        final long max;

        Kind(int size, long max) {
            this.size = size;
            this.max = max;
        }
    }

    final String key;
    final int offset;
    final Kind kind;
    final int count;

    CdnaField(String key, int offset, Kind kind, int count) {
        this.key = key;
        this.offset = offset;
        this.kind = kind;
        this.count = count;
    }

    boolean isArray() {
        return count > 1;
    }

    /** Name of one element, e.g. "dimension_scales[4]", or the plain key for scalars. */
    String name(int index) {
        return isArray() ? key + "[" + index + "]" : key;
    }

    long readLong(byte[] b, int index) {
        int at = at(index);
        return switch (kind) {
            case U8 -> LittleEndian.u8(b, at);
            case U16 -> LittleEndian.u16(b, at);
            case U32 -> LittleEndian.u32(b, at);
            case U64, MASK64 -> LittleEndian.i64(b, at);
            case F32 -> throw new IllegalStateException(key + " is a float field");
        };
    }

    float readFloat(byte[] b, int index) {
        if (kind != Kind.F32) {
            throw new IllegalStateException(key + " is an integer field");
        }
        return LittleEndian.f32(b, at(index));
    }

    /** Writes an integer value, refusing values that the stored width cannot hold. */
    void writeLong(byte[] b, int index, long value) {
        int at = at(index);
        if (kind == Kind.F32) {
            throw new IllegalStateException(key + " is a float field");
        }
        if (kind != Kind.MASK64 && (value < 0 || value > kind.max)) {
            throw new IllegalArgumentException(name(index) + " must be within 0.." + kind.max + ", got " + value);
        }
        switch (kind) {
            case U8 -> LittleEndian.putU8(b, at, (int) value);
            case U16 -> LittleEndian.putU16(b, at, (int) value);
            case U32 -> LittleEndian.putU32(b, at, value);
            default -> LittleEndian.putI64(b, at, value);
        }
    }

    void writeFloat(byte[] b, int index, float value) {
        if (kind != Kind.F32) {
            throw new IllegalStateException(key + " is an integer field");
        }
        LittleEndian.putF32(b, at(index), value);
    }

    private int at(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(key + " index must be 0.." + (count - 1) + ", got " + index);
        }
        return offset + index * kind.size;
    }
}

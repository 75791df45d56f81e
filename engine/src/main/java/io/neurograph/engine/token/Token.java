package io.neurograph.engine.token;

import io.neurograph.engine.util.LittleEndian;
import io.neurograph.engine.util.Saturating;
import java.util.Arrays;

/**
 * A decoded, immutable copy of one 64-byte token record. Stores do not keep these objects; they
 * hand them out on reads. Build new values with {@link #builder()} or {@link #toBuilder()}.
 */
public final class Token {
    private final byte[] record;

    private Token(byte[] record) {
        this.record = record;
    }

    /** Decodes a record; the bytes are copied. */
    public static Token fromBytes(byte[] source, int offset) {
        if (offset < 0 || source.length - offset < TokenLayout.SIZE) {
            throw new IllegalArgumentException("A token record needs 64 bytes, got " + Math.max(0, source.length - offset));
        }
        return new Token(Arrays.copyOfRange(source, offset, offset + TokenLayout.SIZE));
    }

    public static Token fromBytes(byte[] source) {
        if (source.length != TokenLayout.SIZE) {
            throw new IllegalArgumentException("A token record is exactly 64 bytes, got " + source.length);
        }
        return fromBytes(source, 0);
    }

    /** The 64-byte little-endian record. */
    public byte[] toBytes() {
        return record.clone();
    }

    public void copyTo(byte[] target, int offset) {
        System.arraycopy(record, 0, target, offset, TokenLayout.SIZE);
    }

    public long id() {
        return TokenLayout.id(record, 0);
    }

    public int flags() {
        return TokenLayout.flags(record, 0);
    }

    public boolean hasFlag(int flag) {
        return (flags() & flag) == flag;
    }

    public EntityType entityType() {
        return EntityType.fromFlags(flags());
    }

    public float weight() {
        return TokenLayout.weight(record, 0);
    }

    public int fieldRadiusRaw() {
        return TokenLayout.fieldRadiusRaw(record, 0);
    }

    /** Field radius in space units (raw/100, 0.00 … 2.55). */
    public float fieldRadius() {
        return fieldRadiusRaw() / 100f;
    }

    public int fieldStrengthRaw() {
        return TokenLayout.fieldStrengthRaw(record, 0);
    }

    /** Field strength 0 … 1 (raw/255). */
    public float fieldStrength() {
        return fieldStrengthRaw() / 255f;
    }

    public long timestamp() {
        return TokenLayout.timestamp(record, 0);
    }

    public short raw(CoordinateSpace space, int axis) {
        return TokenLayout.coord(record, 0, space.ordinal(), axis);
    }

    /** Decoded (x, y, z) of a space. */
    public float[] coordinates(CoordinateSpace space) {
        return new float[] {
            space.decode(raw(space, 0)), space.decode(raw(space, 1)), space.decode(raw(space, 2))
        };
    }

    /** False when the space carries the "undefined" marker (raw X = 127). */
    public boolean isDefined(CoordinateSpace space) {
        return raw(space, 0) != CoordinateSpace.UNDEFINED_RAW;
    }

    /** The 24 raw coordinates, space-major. */
    public short[] rawCoordinates() {
        short[] out = new short[24];
        for (int i = 0; i < 24; i++) {
            out[i] = LittleEndian.i16(record, TokenLayout.COORDS + i * 2);
        }
        return out;
    }

    public Builder toBuilder() {
        return new Builder(record.clone());
    }

    public static Builder builder() {
        byte[] r = new byte[TokenLayout.SIZE];
        TokenLayout.putFlags(r, 0, TokenFlags.ACTIVE);
        return new Builder(r);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && Arrays.equals(record, t.record);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(record);
    }

    @Override
    public String toString() {
        return "Token{id=" + id() + ", type=" + entityType() + ", weight=" + weight() + ", flags=0x"
                + Integer.toHexString(flags()) + "}";
    }

    /** Mutable builder over a private record; {@link #build()} snapshots it. */
    public static final class Builder {
        private final byte[] r;

        private Builder(byte[] r) {
            this.r = r;
        }

        public Builder id(long id) {
            TokenLayout.putId(r, 0, id);
            return this;
        }

        public Builder flags(int flags) {
            TokenLayout.putFlags(r, 0, flags & 0xFFFF);
            return this;
        }

        public Builder setFlag(int flag, boolean on) {
            int f = TokenLayout.flags(r, 0);
            return flags(on ? f | flag : f & ~flag);
        }

        public Builder entityType(EntityType type) {
            int f = TokenLayout.flags(r, 0);
            return flags((f & ~TokenFlags.ENTITY_TYPE_MASK) | type.flagBits());
        }

        public Builder weight(float weight) {
            TokenLayout.putWeight(r, 0, weight);
            return this;
        }

        /** Radius in space units, stored as {@code (u8)(radius × 100)} (saturating). */
        public Builder fieldRadius(float radius) {
            r[TokenLayout.FIELD_RADIUS] = (byte) Saturating.toU8(radius * 100f);
            return this;
        }

        /** Strength 0 … 1, stored as {@code (u8)(strength × 255)} (saturating). */
        public Builder fieldStrength(float strength) {
            r[TokenLayout.FIELD_STRENGTH] = (byte) Saturating.toU8(strength * 255f);
            return this;
        }

        public Builder fieldRadiusRaw(int raw) {
            r[TokenLayout.FIELD_RADIUS] = (byte) raw;
            return this;
        }

        public Builder fieldStrengthRaw(int raw) {
            r[TokenLayout.FIELD_STRENGTH] = (byte) raw;
            return this;
        }

        public Builder timestamp(long seconds) {
            TokenLayout.putTimestamp(r, 0, seconds);
            return this;
        }

        /** Encodes (x, y, z) with the space's fixed-point scale (truncating, saturating, NaN → 0). */
        public Builder coordinates(CoordinateSpace space, float x, float y, float z) {
            int s = space.ordinal();
            TokenLayout.putCoord(r, 0, s, 0, space.encode(x));
            TokenLayout.putCoord(r, 0, s, 1, space.encode(y));
            TokenLayout.putCoord(r, 0, s, 2, space.encode(z));
            return this;
        }

        public Builder rawCoordinates(CoordinateSpace space, short x, short y, short z) {
            int s = space.ordinal();
            TokenLayout.putCoord(r, 0, s, 0, x);
            TokenLayout.putCoord(r, 0, s, 1, y);
            TokenLayout.putCoord(r, 0, s, 2, z);
            return this;
        }

        /** Marks a space as undefined (raw X = 127) so the grid does not index it. */
        public Builder undefine(CoordinateSpace space) {
            TokenLayout.putCoord(r, 0, space.ordinal(), 0, CoordinateSpace.UNDEFINED_RAW);
            return this;
        }

        public Token build() {
            return new Token(r.clone());
        }
    }
}

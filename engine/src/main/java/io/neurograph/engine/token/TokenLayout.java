package io.neurograph.engine.token;

import io.neurograph.engine.util.LittleEndian;

/**
 * Byte layout of the 64-byte token record (little-endian, no padding):
 * coordinates i16[8][3] @0 (space-major), id u32 @48, flags u16 @52, weight f32 @54,
 * field radius u8 @58 (value/100), field strength u8 @59 (value/255), timestamp u32 Unix seconds @60.
 * Stores keep tokens as such records in large arrays; these accessors read and write them in place.
 */
public final class TokenLayout {
    public static final int SIZE = 64;
    public static final int COORDS = 0;
    public static final int ID = 48;
    public static final int FLAGS = 52;
    public static final int WEIGHT = 54;
    public static final int FIELD_RADIUS = 58;
    public static final int FIELD_STRENGTH = 59;
    public static final int TIMESTAMP = 60;

    private TokenLayout() {
    }

    /** Offset of one raw coordinate inside a record. */
    public static int coordOffset(int space, int axis) {
        return COORDS + (space * 3 + axis) * 2;
    }

    public static short coord(byte[] b, int off, int space, int axis) {
        return LittleEndian.i16(b, off + coordOffset(space, axis));
    }

    public static void putCoord(byte[] b, int off, int space, int axis, short raw) {
        LittleEndian.putI16(b, off + coordOffset(space, axis), raw);
    }

    public static long id(byte[] b, int off) {
        return LittleEndian.u32(b, off + ID);
    }

    public static void putId(byte[] b, int off, long id) {
        LittleEndian.putU32(b, off + ID, id);
    }

    public static int flags(byte[] b, int off) {
        return LittleEndian.u16(b, off + FLAGS);
    }

    public static void putFlags(byte[] b, int off, int flags) {
        LittleEndian.putU16(b, off + FLAGS, flags);
    }

    public static float weight(byte[] b, int off) {
        return LittleEndian.f32(b, off + WEIGHT);
    }

    public static void putWeight(byte[] b, int off, float w) {
        LittleEndian.putF32(b, off + WEIGHT, w);
    }

    public static int fieldRadiusRaw(byte[] b, int off) {
        return LittleEndian.u8(b, off + FIELD_RADIUS);
    }

    public static int fieldStrengthRaw(byte[] b, int off) {
        return LittleEndian.u8(b, off + FIELD_STRENGTH);
    }

    public static long timestamp(byte[] b, int off) {
        return LittleEndian.u32(b, off + TIMESTAMP);
    }

    public static void putTimestamp(byte[] b, int off, long seconds) {
        LittleEndian.putU32(b, off + TIMESTAMP, seconds);
    }
}

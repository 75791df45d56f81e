package io.neurograph.engine.util;

/**
 * Float-to-integer conversions and counters that saturate instead of wrapping, matching the
 * upstream engine's {@code as} casts: truncate toward zero, clamp to the range, NaN becomes 0.
 */
public final class Saturating {
    private Saturating() {
    }

    /** Float to signed 16-bit, truncating toward zero. */
    public static short toI16(float v) {
        if (Float.isNaN(v)) {
            return 0;
        }
        if (v >= Short.MAX_VALUE) {
            return Short.MAX_VALUE;
        }
        if (v <= Short.MIN_VALUE) {
            return Short.MIN_VALUE;
        }
        return (short) (int) v;
    }

    /** Float to unsigned 8-bit (0..255), truncating toward zero. */
    public static int toU8(float v) {
        if (Float.isNaN(v) || v <= 0f) {
            return 0;
        }
        return v >= 255f ? 255 : (int) v;
    }

    /** Unsigned 16-bit add that stops at 65535. */
    public static int addU16(int value, int delta) {
        return (int) Math.max(0, Math.min(0xFFFF, (long) value + delta));
    }

    /** Unsigned 32-bit add that stops at 2^32-1; values are carried in a long. */
    public static long addU32(long value, long delta) {
        return Math.max(0L, Math.min(0xFFFF_FFFFL, value + delta));
    }
}

package io.neurograph.engine.reflex;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;

/**
 * The reflex layer's 64-bit situation hash (upstream compute_grid_hash): each space's raw
 * coordinates are quantised by a per-space right shift, so nearby states share a hash, then mixed
 * with per-space rotations. Bit-compatible with upstream.
 */
public final class GridHash {
    public static final int MIN_SHIFT = 2;
    public static final int MAX_SHIFT = 12;
    private GridHash() {
    }

    /** A copy of the default per-space shifts ({@link ShiftConfig#DEFAULT}). */
    public static int[] defaultShifts() {
        return ShiftConfig.DEFAULT.shifts();
    }

    public static long compute(Token token) {
        return compute(token, ShiftConfig.DEFAULT);
    }

    public static long compute(Token token, ShiftConfig shifts) {
        return compute(token.rawCoordinates(), shifts.shiftsUnsafe());
    }

    /**
     * @param raw24 the 24 raw coordinates, space-major
     * @param shifts8 one shift per space, each in [{@value #MIN_SHIFT}, {@value #MAX_SHIFT}]
     */
    public static long compute(short[] raw24, int[] shifts8) {
        if (raw24 == null || raw24.length != CoordinateSpace.COUNT * 3) {
            throw new IllegalArgumentException("Grid hash needs 24 raw coordinates, got "
                    + (raw24 == null ? "null" : raw24.length));
        }
        if (shifts8 == null || shifts8.length != CoordinateSpace.COUNT) {
            throw new IllegalArgumentException("Grid hash needs 8 shifts, got " + (shifts8 == null ? "null" : shifts8.length));
        }
        long h = 0;
        for (int d = 0; d < CoordinateSpace.COUNT; d++) {
            int s = shifts8[d];
            if (s < MIN_SHIFT || s > MAX_SHIFT) {
                throw new IllegalArgumentException("Shift for " + CoordinateSpace.of(d).code() + " must be "
                        + MIN_SHIFT + ".." + MAX_SHIFT + ", got " + s);
            }
            // Sign-extend, then shift logically: negative values keep their high bits set.
            long qx = (long) raw24[3 * d] >>> s;
            long qy = (long) raw24[3 * d + 1] >>> s;
            long qz = (long) raw24[3 * d + 2] >>> s;
            int rb = 13 + 7 * d;
            long dh = qx ^ Long.rotateLeft(d, rb) ^ Long.rotateLeft(qy, rb + 5) ^ Long.rotateLeft(qz, rb + 11);
            h ^= Long.rotateLeft(dh, rb);
        }
        return h;
    }
}

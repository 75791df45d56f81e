package io.neurograph.engine.reflex;

import io.neurograph.engine.token.CoordinateSpace;
import java.util.Arrays;

/**
 * How coarsely the grid hash quantises each space (upstream §7.5): a default right shift plus optional
 * per-space overrides, every shift within [{@value GridHash#MIN_SHIFT}, {@value GridHash#MAX_SHIFT}].
 * A larger shift means larger cells: more states share a hash. Immutable.
 */
public final class ShiftConfig {
    /** Marks a space without an override. */
    public static final int NONE = 0;
    /** Upstream: default 6, finer L1–L3 (4, 4, 5), coarser L7–L8 (8, 8). */
    public static final ShiftConfig DEFAULT = new ShiftConfig(6, new int[] {4, 4, 5, NONE, NONE, NONE, 8, 8});

    private final int defaultShift;
    private final int[] overrides;
    /** The shift in force per space, precomputed for hashing. */
    private final int[] shifts;

    /**
     * @param overrides one entry per space, {@link #NONE} to use the default
     */
    public ShiftConfig(int defaultShift, int[] overrides) {
        requireShift("default shift", defaultShift);
        if (overrides == null || overrides.length != CoordinateSpace.COUNT) {
            throw new IllegalArgumentException("Shift overrides need one entry per space (8), got "
                    + (overrides == null ? "null" : overrides.length));
        }
        this.defaultShift = defaultShift;
        this.overrides = overrides.clone();
        this.shifts = new int[CoordinateSpace.COUNT];
        for (int d = 0; d < shifts.length; d++) {
            if (this.overrides[d] != NONE) {
                requireShift("shift override for " + CoordinateSpace.of(d).code(), this.overrides[d]);
            }
            shifts[d] = this.overrides[d] == NONE ? defaultShift : this.overrides[d];
        }
    }

    /** The same shift for every space, no overrides. */
    public static ShiftConfig uniform(int shift) {
        return new ShiftConfig(shift, new int[CoordinateSpace.COUNT]);
    }

    public int defaultShift() {
        return defaultShift;
    }

    /** The override of space {@code d}, or {@link #NONE}. */
    public int override(int d) {
        return overrides[d];
    }

    /** The shift in force for space {@code d}. */
    public int shift(int d) {
        return shifts[d];
    }

    /** The shift in force per space (a copy). */
    public int[] shifts() {
        return shifts.clone();
    }

    int[] shiftsUnsafe() {
        return shifts;
    }

    /** Coarser cells: the default and every override +1, up to the maximum. */
    public ShiftConfig increased() {
        return stepAll(+1);
    }

    /** Finer cells: the default and every override −1, down to the minimum. */
    public ShiftConfig decreased() {
        return stepAll(-1);
    }

    /** Space {@code d}'s shift changed by {@code delta}, clamped to the bounds (becomes an override). */
    public ShiftConfig adjusted(int d, int delta) {
        int[] next = overrides.clone();
        next[d] = clamp(shifts[d] + delta);
        return new ShiftConfig(defaultShift, next);
    }

    private ShiftConfig stepAll(int delta) {
        int[] next = overrides.clone();
        for (int d = 0; d < next.length; d++) {
            if (next[d] != NONE) {
                next[d] = clamp(next[d] + delta);
            }
        }
        return new ShiftConfig(clamp(defaultShift + delta), next);
    }

    private static int clamp(int shift) {
        return Math.clamp(shift, GridHash.MIN_SHIFT, GridHash.MAX_SHIFT);
    }

    private static void requireShift(String what, int shift) {
        if (shift < GridHash.MIN_SHIFT || shift > GridHash.MAX_SHIFT) {
            throw new IllegalArgumentException("The " + what + " must be " + GridHash.MIN_SHIFT + ".." + GridHash.MAX_SHIFT
                    + ", got " + shift);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShiftConfig s && s.defaultShift == defaultShift && Arrays.equals(s.overrides, overrides);
    }

    @Override
    public int hashCode() {
        return 31 * defaultShift + Arrays.hashCode(overrides);
    }

    @Override
    public String toString() {
        return "ShiftConfig{default=" + defaultShift + ", shifts=" + Arrays.toString(shifts) + "}";
    }
}

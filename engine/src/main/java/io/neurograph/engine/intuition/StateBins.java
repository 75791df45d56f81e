package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;

/**
 * The slow path's discretisation of an 8-float state (upstream §7.4): each value v in [−1, 1] maps to
 * {@code floor(clamp((v + 1) / 2, 0, 0.999) · bins)}, and the 8 digits form a base-{@code bins}
 * number with dimension 0 most significant (4 bins: 4^8 = 65 536 cells).
 */
public record StateBins(int binsPerDim) {
    /** 128^8 = 2^56 still fits a long. */
    public static final int MAX_BINS = 128;

    public StateBins {
        if (binsPerDim < 1 || binsPerDim > MAX_BINS) {
            throw new IllegalArgumentException("State bins per dimension must be 1.." + MAX_BINS + ", got " + binsPerDim);
        }
    }

    public long binOf(float[] state) {
        if (state.length != ExperienceEvent.VECTOR_LENGTH) {
            throw new IllegalArgumentException("A state has 8 values, got " + state.length);
        }
        long id = 0;
        for (float v : state) {
            // NaN lands in bin 0, as a saturating cast of NaN gives 0
            double n = Math.clamp((v + 1.0) / 2.0, 0.0, 0.999);
            id = id * binsPerDim + (Double.isNaN(n) ? 0 : (long) Math.floor(n * binsPerDim));
        }
        return id;
    }

    /** A state at the middle of a cell, so that {@code binOf(center(bin)) == bin}. */
    public float[] center(long bin) {
        float[] state = new float[ExperienceEvent.VECTOR_LENGTH];
        long rest = bin;
        for (int d = state.length - 1; d >= 0; d--) {
            long digit = rest % binsPerDim;
            rest /= binsPerDim;
            state[d] = (float) ((digit + 0.5) / binsPerDim * 2.0 - 1.0);
        }
        return state;
    }

    /** Upstream's policy target name for a cell. */
    public static String targetName(long bin) {
        return "adna_state_bin_" + bin;
    }
}

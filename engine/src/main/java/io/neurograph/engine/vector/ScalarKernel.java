package io.neurograph.engine.vector;

import static io.neurograph.engine.vector.ScanKernel.BLOCK;
import static io.neurograph.engine.vector.ScanKernel.GROUP;
import static io.neurograph.engine.vector.VectorFile.FLOAT;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Plain Java loops for JVMs without the Vector API (or without 256-bit vectors), in {@link ScanKernel}'s order. */
final class ScalarKernel implements ScanKernel {
    static final ScalarKernel INSTANCE = new ScalarKernel();

    private ScalarKernel() {
    }

    @Override
    public float dot(MemorySegment rows, long at, float[] q) {
        return accumulate(rows, at, q, false, false, 1f);
    }

    @Override
    public float squaredDistance(MemorySegment rows, long at, float[] q) {
        return accumulate(rows, at, q, false, true, 1f);
    }

    @Override
    public float dotInt8(MemorySegment rows, long at, float[] q) {
        return accumulate(rows, at, q, true, false, 1f);
    }

    @Override
    public float squaredDistanceInt8(MemorySegment rows, long at, float[] q, float scale) {
        return accumulate(rows, at, q, true, true, scale);
    }

    @Override
    public String description() {
        return "scalar";
    }

    // int8 and distance are constants per caller, so the JIT folds the branches in term()
    private static float accumulate(MemorySegment rows, long at, float[] q, boolean int8, boolean distance,
            float scale) {
        float[] sums = new float[BLOCK];
        int i = 0;
        for (; i + BLOCK <= q.length; i += BLOCK) {
            for (int j = 0; j < BLOCK; j++) {
                sums[j] = term(sums[j], rows, at, q, i + j, int8, distance, scale);
            }
        }
        for (; i + GROUP <= q.length; i += GROUP) {
            for (int j = 0; j < GROUP; j++) {
                sums[j] = term(sums[j], rows, at, q, i + j, int8, distance, scale);
            }
        }
        for (int j = 0; j < GROUP; j++) {
            sums[j] = (sums[j] + sums[j + 8]) + (sums[j + 16] + sums[j + 24]);
        }
        float total = ScanKernel.sumLanes(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]);
        for (; i < q.length; i++) {
            total = term(total, rows, at, q, i, int8, distance, scale);
        }
        return total;
    }

    /** {@code sum} plus value {@code i}'s term: q·x, or (q − scale·x)² where q − scale·x is itself one fma. */
    static float term(float sum, MemorySegment rows, long at, float[] q, int i, boolean int8,
            boolean distance, float scale) {
        float x = int8 ? rows.get(ValueLayout.JAVA_BYTE, at + i) : rows.get(FLOAT, at + 4L * i);
        if (distance) {
            float d = Math.fma(x, -scale, q[i]);
            return Math.fma(d, d, sum);
        }
        return Math.fma(q[i], x, sum);
    }
}

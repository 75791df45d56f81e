package io.neurograph.engine.vector;

import static io.neurograph.engine.vector.ScanKernel.LANES;
import static io.neurograph.engine.vector.VectorFile.FLOAT;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Plain Java loops for JVMs without the Vector API, in the summation order of {@link ScanKernel}. */
final class ScalarKernel implements ScanKernel {
    static final ScalarKernel INSTANCE = new ScalarKernel();

    private ScalarKernel() {
    }

    @Override
    public float dot(MemorySegment rows, long at, float[] q) {
        float[] lanes = new float[LANES];
        int i = 0;
        for (; i + LANES <= q.length; i += LANES) {
            for (int j = 0; j < LANES; j++) {
                lanes[j] = Math.fma(q[i + j], float32(rows, at, i + j), lanes[j]);
            }
        }
        float total = ScanKernel.sum(lanes);
        for (; i < q.length; i++) {
            total = Math.fma(q[i], float32(rows, at, i), total);
        }
        return total;
    }

    @Override
    public float squaredDistance(MemorySegment rows, long at, float[] q) {
        float[] lanes = new float[LANES];
        int i = 0;
        for (; i + LANES <= q.length; i += LANES) {
            for (int j = 0; j < LANES; j++) {
                float d = q[i + j] - float32(rows, at, i + j);
                lanes[j] = Math.fma(d, d, lanes[j]);
            }
        }
        float total = ScanKernel.sum(lanes);
        for (; i < q.length; i++) {
            float d = q[i] - float32(rows, at, i);
            total = Math.fma(d, d, total);
        }
        return total;
    }

    @Override
    public float dotInt8(MemorySegment rows, long at, float[] q) {
        float[] lanes = new float[LANES];
        int i = 0;
        for (; i + LANES <= q.length; i += LANES) {
            for (int j = 0; j < LANES; j++) {
                lanes[j] = Math.fma(q[i + j], int8(rows, at, i + j), lanes[j]);
            }
        }
        float total = ScanKernel.sum(lanes);
        for (; i < q.length; i++) {
            total = Math.fma(q[i], int8(rows, at, i), total);
        }
        return total;
    }

    @Override
    public float squaredDistanceInt8(MemorySegment rows, long at, float[] q, float scale) {
        float[] lanes = new float[LANES];
        int i = 0;
        for (; i + LANES <= q.length; i += LANES) {
            for (int j = 0; j < LANES; j++) {
                float d = Math.fma(int8(rows, at, i + j), -scale, q[i + j]);
                lanes[j] = Math.fma(d, d, lanes[j]);
            }
        }
        float total = ScanKernel.sum(lanes);
        for (; i < q.length; i++) {
            float d = Math.fma(int8(rows, at, i), -scale, q[i]);
            total = Math.fma(d, d, total);
        }
        return total;
    }

    @Override
    public String description() {
        return "scalar";
    }

    private static float float32(MemorySegment rows, long at, int i) {
        return rows.get(FLOAT, at + 4L * i);
    }

    private static float int8(MemorySegment rows, long at, int i) {
        return rows.get(ValueLayout.JAVA_BYTE, at + i);
    }
}

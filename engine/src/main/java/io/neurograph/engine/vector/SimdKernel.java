package io.neurograph.engine.vector;

import static io.neurograph.engine.vector.ScanKernel.LANES;
import static io.neurograph.engine.vector.VectorFile.FLOAT;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API loops that read the payload straight from the mapping, in the summation order of
 * {@link ScanKernel}: the {@code LANES} running sums are one 256-bit vector, or two 128-bit halves on hardware
 * whose widest vectors are 128 bits. Only {@link ScanKernel#best} creates it, after checking that
 * {@code jdk.incubator.vector} is present: this class is the only one that links to the Vector API.
 */
final class SimdKernel implements ScanKernel {
    private static final boolean HALVES = FloatVector.SPECIES_PREFERRED.length() < LANES;
    private static final VectorSpecies<Float> F = HALVES ? FloatVector.SPECIES_128 : FloatVector.SPECIES_256;
    private static final VectorSpecies<Byte> CODES = ByteVector.SPECIES_64;   // LANES int8 codes
    private static final int HALF = LANES / 2;

    private SimdKernel() {
    }

    static ScanKernel create() {
        return new SimdKernel();
    }

    @Override
    public float dot(MemorySegment rows, long at, float[] q) {
        FloatVector lo = FloatVector.zero(F);
        FloatVector hi = lo;
        int i = 0;
        for (; i + LANES <= q.length; i += LANES) {
            lo = FloatVector.fromArray(F, q, i).fma(float32(rows, at, i), lo);
            if (HALVES) {
                hi = FloatVector.fromArray(F, q, i + HALF).fma(float32(rows, at, i + HALF), hi);
            }
        }
        float total = sum(lo, hi);
        for (; i < q.length; i++) {
            total = Math.fma(q[i], rows.get(FLOAT, at + 4L * i), total);
        }
        return total;
    }

    @Override
    public float squaredDistance(MemorySegment rows, long at, float[] q) {
        FloatVector lo = FloatVector.zero(F);
        FloatVector hi = lo;
        int i = 0;
        for (; i + LANES <= q.length; i += LANES) {
            FloatVector d = FloatVector.fromArray(F, q, i).sub(float32(rows, at, i));
            lo = d.fma(d, lo);
            if (HALVES) {
                FloatVector e = FloatVector.fromArray(F, q, i + HALF).sub(float32(rows, at, i + HALF));
                hi = e.fma(e, hi);
            }
        }
        float total = sum(lo, hi);
        for (; i < q.length; i++) {
            float d = q[i] - rows.get(FLOAT, at + 4L * i);
            total = Math.fma(d, d, total);
        }
        return total;
    }

    @Override
    public float dotInt8(MemorySegment rows, long at, float[] q) {
        FloatVector lo = FloatVector.zero(F);
        FloatVector hi = lo;
        int i = 0;
        for (; i + LANES <= q.length; i += LANES) {
            ByteVector codes = ByteVector.fromMemorySegment(CODES, rows, at + i, ByteOrder.LITTLE_ENDIAN);
            lo = FloatVector.fromArray(F, q, i).fma(widen(codes, 0), lo);
            if (HALVES) {
                hi = FloatVector.fromArray(F, q, i + HALF).fma(widen(codes, 1), hi);
            }
        }
        float total = sum(lo, hi);
        for (; i < q.length; i++) {
            total = Math.fma(q[i], rows.get(ValueLayout.JAVA_BYTE, at + i), total);
        }
        return total;
    }

    @Override
    public float squaredDistanceInt8(MemorySegment rows, long at, float[] q, float scale) {
        FloatVector lo = FloatVector.zero(F);
        FloatVector hi = lo;
        FloatVector minusScale = FloatVector.broadcast(F, -scale);
        int i = 0;
        for (; i + LANES <= q.length; i += LANES) {
            ByteVector codes = ByteVector.fromMemorySegment(CODES, rows, at + i, ByteOrder.LITTLE_ENDIAN);
            FloatVector d = widen(codes, 0).fma(minusScale, FloatVector.fromArray(F, q, i));
            lo = d.fma(d, lo);
            if (HALVES) {
                FloatVector e = widen(codes, 1).fma(minusScale, FloatVector.fromArray(F, q, i + HALF));
                hi = e.fma(e, hi);
            }
        }
        float total = sum(lo, hi);
        for (; i < q.length; i++) {
            float d = Math.fma(rows.get(ValueLayout.JAVA_BYTE, at + i), -scale, q[i]);
            total = Math.fma(d, d, total);
        }
        return total;
    }

    @Override
    public String description() {
        return "Vector API, " + F.vectorBitSize() + "-bit";
    }

    private static FloatVector float32(MemorySegment rows, long at, int i) {
        return FloatVector.fromMemorySegment(F, rows, at + 4L * i, ByteOrder.LITTLE_ENDIAN);
    }

    /** Codes {@code part * F.length()} onwards as floats. */
    private static FloatVector widen(ByteVector codes, int part) {
        return (FloatVector) codes.convertShape(VectorOperators.B2F, F, part);
    }

    private static float sum(FloatVector lo, FloatVector hi) {
        float[] lanes = new float[LANES];
        lo.intoArray(lanes, 0);
        if (HALVES) {
            hi.intoArray(lanes, HALF);
        }
        return ScanKernel.sum(lanes);
    }
}

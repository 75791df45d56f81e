package io.neurograph.engine.vector;

import static io.neurograph.engine.vector.ScanKernel.BLOCK;
import static io.neurograph.engine.vector.ScanKernel.GROUP;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API loops that read the payload straight from the mapping, in {@link ScanKernel}'s order: the 32 running
 * sums are four 256-bit vectors, so four independent fused multiply-add chains keep the units busy. Only
 * {@link ScanKernel#best} reaches this class, after checking that {@code jdk.incubator.vector} is present: it is the
 * only class that links to the Vector API.
 *
 * <p>Vector values stay in registers only while every method they pass through is inlined, so the loops are
 * written out in the two methods that return a float, and the helpers that produce vectors are tiny. A shared
 * loop with a per-term helper taking and returning vectors was sometimes not inlined ("callee is too large") and
 * then ran several times slower, boxing the vectors.
 */
final class SimdKernel implements ScanKernel {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;   // GROUP floats
    private static final VectorSpecies<Byte> CODES = ByteVector.SPECIES_64;  // GROUP int8 codes

    private SimdKernel() {
    }

    /**
     * This kernel, or {@code fallback} where 256-bit vectors are not native (128-bit NEON, for one): emulated
     * vectors would be far slower than plain Java, and the summation order needs eight lanes per vector.
     */
    static ScanKernel ifSupportedElse(ScanKernel fallback) {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= F.vectorBitSize() ? new SimdKernel() : fallback;
    }

    @Override
    public float dot(MemorySegment rows, long at, float[] q) {
        return dot(rows, at, q, false);
    }

    @Override
    public float squaredDistance(MemorySegment rows, long at, float[] q) {
        return squaredDistance(rows, at, q, false, 1f);
    }

    @Override
    public float dotInt8(MemorySegment rows, long at, float[] q) {
        return dot(rows, at, q, true);
    }

    @Override
    public float squaredDistanceInt8(MemorySegment rows, long at, float[] q, float scale) {
        return squaredDistance(rows, at, q, true, scale);
    }

    @Override
    public String description() {
        return "Vector API, " + F.vectorBitSize() + "-bit";
    }

    private static float dot(MemorySegment rows, long at, float[] q, boolean int8) {
        FloatVector s0 = FloatVector.zero(F);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        int i = 0;
        for (; i + BLOCK <= q.length; i += BLOCK) {
            s0 = query(q, i).fma(values(rows, at, i, int8), s0);
            s1 = query(q, i + GROUP).fma(values(rows, at, i + GROUP, int8), s1);
            s2 = query(q, i + 2 * GROUP).fma(values(rows, at, i + 2 * GROUP, int8), s2);
            s3 = query(q, i + 3 * GROUP).fma(values(rows, at, i + 3 * GROUP, int8), s3);
        }
        for (; i + GROUP <= q.length; i += GROUP) {
            s0 = query(q, i).fma(values(rows, at, i, int8), s0);
        }
        return tail(sumLanes(s0.add(s1).add(s2.add(s3))), rows, at, q, i, int8, false, 1f);
    }

    /** With {@code q − scale·x} as one fma, which for FLOAT32 (scale 1) is exactly {@code q − x}. */
    private static float squaredDistance(MemorySegment rows, long at, float[] q, boolean int8, float scale) {
        FloatVector minusScale = FloatVector.broadcast(F, -scale);
        FloatVector s0 = FloatVector.zero(F);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        int i = 0;
        for (; i + BLOCK <= q.length; i += BLOCK) {
            FloatVector d0 = values(rows, at, i, int8).fma(minusScale, query(q, i));
            FloatVector d1 = values(rows, at, i + GROUP, int8).fma(minusScale, query(q, i + GROUP));
            FloatVector d2 = values(rows, at, i + 2 * GROUP, int8).fma(minusScale, query(q, i + 2 * GROUP));
            FloatVector d3 = values(rows, at, i + 3 * GROUP, int8).fma(minusScale, query(q, i + 3 * GROUP));
            s0 = d0.fma(d0, s0);
            s1 = d1.fma(d1, s1);
            s2 = d2.fma(d2, s2);
            s3 = d3.fma(d3, s3);
        }
        for (; i + GROUP <= q.length; i += GROUP) {
            FloatVector d = values(rows, at, i, int8).fma(minusScale, query(q, i));
            s0 = d.fma(d, s0);
        }
        return tail(sumLanes(s0.add(s1).add(s2.add(s3))), rows, at, q, i, int8, true, scale);
    }

    private static FloatVector query(float[] q, int i) {
        return FloatVector.fromArray(F, q, i);
    }

    /** Values {@code i}…{@code i + 7} of the row: floats, or int8 codes widened to floats. */
    private static FloatVector values(MemorySegment rows, long at, int i, boolean int8) {
        return int8 ? codes(rows, at, i) : floats(rows, at, i);
    }

    private static FloatVector floats(MemorySegment rows, long at, int i) {
        return FloatVector.fromMemorySegment(F, rows, at + 4L * i, ByteOrder.LITTLE_ENDIAN);
    }

    private static FloatVector codes(MemorySegment rows, long at, int i) {
        return (FloatVector) ByteVector.fromMemorySegment(CODES, rows, at + i, ByteOrder.LITTLE_ENDIAN)
                .convertShape(VectorOperators.B2F, F, 0);
    }

    // lane() rather than intoArray(): storing to an array and reading it back costs more than the sums
    private static float sumLanes(FloatVector v) {
        return ScanKernel.sumLanes(v.lane(0), v.lane(1), v.lane(2), v.lane(3), v.lane(4), v.lane(5), v.lane(6),
                v.lane(7));
    }

    /** Adds the values after the last full group one by one, as the scalar kernel does. */
    private static float tail(float total, MemorySegment rows, long at, float[] q, int from, boolean int8,
            boolean distance, float scale) {
        for (int i = from; i < q.length; i++) {
            total = ScalarKernel.term(total, rows, at, q, i, int8, distance, scale);
        }
        return total;
    }
}

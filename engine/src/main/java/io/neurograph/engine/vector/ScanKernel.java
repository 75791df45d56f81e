package io.neurograph.engine.vector;

import java.lang.foreign.MemorySegment;

/**
 * The inner loops of a scan: one row's payload, read in place from the mapped {@link VectorFile} at byte offset
 * {@code at}, against a query. {@link SimdKernel} uses the Vector API, {@link ScalarKernel} plain Java.
 *
 * <p>Both compute bit-identical results, so the two modes rank rows identically: values are accumulated in
 * {@link #LANES} running sums (value {@code i} goes to sum {@code i % LANES}) with fused multiply-adds, the sums
 * are added in the fixed order of {@link #sum}, and the values past the last full group of {@code LANES} are
 * added one by one. The Vector API's own {@code reduceLanes} is not used: its order is unspecified.
 */
interface ScanKernel {
    int LANES = 8;

    /** Σ q[i]·x[i] over FLOAT32 values. */
    float dot(MemorySegment rows, long at, float[] q);

    /** Σ (q[i] − x[i])² over FLOAT32 values. */
    float squaredDistance(MemorySegment rows, long at, float[] q);

    /** Σ q[i]·c[i] over INT8 codes (the caller multiplies by the row's scale). */
    float dotInt8(MemorySegment rows, long at, float[] q);

    /** Σ (q[i] − scale·c[i])² over INT8 codes. */
    float squaredDistanceInt8(MemorySegment rows, long at, float[] q, float scale);

    /** For reports: "Vector API, 256-bit" or "scalar". */
    String description();

    /**
     * The Vector API kernel when the module {@code jdk.incubator.vector} is in the boot layer (module path, or
     * {@code --add-modules jdk.incubator.vector} on the class path), else the scalar one. {@link SimdKernel} is
     * only touched in the first case, so a JVM without the module never tries to load Vector API classes.
     */
    static ScanKernel best() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? SimdKernel.create()
                : ScalarKernel.INSTANCE;
    }

    /** The running sums added pairwise, always in this order. */
    static float sum(float[] lanes) {
        return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
    }
}

package io.neurograph.engine.vector;

import java.lang.foreign.MemorySegment;

/**
 * The inner loops of a scan: one row's payload, read in place from the mapped {@link VectorFile} at byte offset
 * {@code at}, against a query. {@link SimdKernel} uses the Vector API, {@link ScalarKernel} plain Java.
 *
 * <p>Both compute bit-identical results, so the two modes rank rows identically. Every term is one fused
 * multiply-add into one of 32 running sums, in this order: blocks of {@link #BLOCK} values, value {@code i} into
 * sum {@code i % 32}; then groups of {@link #GROUP} values into sums 0–7; then sums {@code j}, {@code j + 8},
 * {@code j + 16}, {@code j + 24} are combined as {@code (s[j] + s[j+8]) + (s[j+16] + s[j+24])} and the eight
 * results added by {@link #sumLanes}; then the last values (fewer than eight) one by one. The Vector API's own
 * {@code reduceLanes} is not used: its order is unspecified.
 */
interface ScanKernel {
    int BLOCK = 32;
    int GROUP = 8;

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
     * {@code --add-modules jdk.incubator.vector} on the class path) and the hardware has 256-bit vectors, else the
     * scalar one. {@link SimdKernel} is only touched when the module is there, so a JVM without it never tries to
     * load Vector API classes.
     */
    static ScanKernel best() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                ? SimdKernel.ifSupportedElse(ScalarKernel.INSTANCE) : ScalarKernel.INSTANCE;
    }

    /** The eight combined sums added pairwise, always in this order. */
    static float sumLanes(float l0, float l1, float l2, float l3, float l4, float l5, float l6, float l7) {
        return ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7));
    }
}

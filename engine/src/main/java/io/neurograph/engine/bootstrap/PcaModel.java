package io.neurograph.engine.bootstrap;

import io.neurograph.engine.token.CoordinateSpace;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fitted PCA: the mean, the top components (unit, orthogonal, row-major) and the variance of the
 * data along each. Saved as {@code pca_model.bin} in upstream's version-1 layout (little-endian):
 * u32 version = 1, u32 original_dim, u32 target_dim, f32 mean[original_dim],
 * f32 components[target_dim][original_dim], f32 explained_variance[target_dim].
 * Immutable.
 */
public final class PcaModel {
    public static final String FILE_NAME = "pca_model.bin";
    public static final int VERSION = 1;
    /** A projection this many standard deviations from the mean lands on the edge of L8 Abstract. */
    public static final float SIGMAS_TO_EDGE = 3f;

    private static final int HEADER_BYTES = 12;

    private final float[] mean;
    private final float[][] components;
    private final float[] explainedVariance;

    /** @throws IllegalArgumentException when the shapes disagree or a value is not finite */
    public PcaModel(float[] mean, float[][] components, float[] explainedVariance) {
        int d = mean.length;
        if (d < 1 || components.length < 1 || components.length > d) {
            throw new IllegalArgumentException("A PCA model needs 1 … " + d + " components of dimension " + d
                    + ", got " + components.length);
        }
        if (explainedVariance.length != components.length) {
            throw new IllegalArgumentException(components.length + " components but " + explainedVariance.length
                    + " explained variances");
        }
        this.mean = requireFinite("mean", mean.clone());
        this.components = new float[components.length][];
        for (int i = 0; i < components.length; i++) {
            if (components[i].length != d) {
                throw new IllegalArgumentException("Component " + i + " has " + components[i].length
                        + " values; the mean has " + d);
            }
            this.components[i] = requireFinite("components[" + i + "]", components[i].clone());
        }
        this.explainedVariance = requireFinite("explained_variance", explainedVariance.clone());
    }

    private static float[] requireFinite(String field, float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException(field + "[" + i + "] is " + values[i]);
            }
        }
        return values;
    }

    public int originalDimension() {
        return mean.length;
    }

    public int targetDimension() {
        return components.length;
    }

    public float[] mean() {
        return mean.clone();
    }

    public float[] component(int i) {
        return components[i].clone();
    }

    /** Variance of the data along each component, largest first. */
    public float[] explainedVariance() {
        return explainedVariance.clone();
    }

    /** Coordinates of {@code vector} along each component: (v − mean) · component. */
    public float[] project(float[] vector) {
        if (vector.length != mean.length) {
            throw new IllegalArgumentException("Vector has " + vector.length + " values; the model expects "
                    + mean.length);
        }
        float[] out = new float[components.length];
        for (int c = 0; c < components.length; c++) {
            double sum = 0;
            float[] component = components[c];
            for (int j = 0; j < mean.length; j++) {
                sum += (vector[j] - mean[j]) * component[j];
            }
            out[c] = (float) sum;
        }
        return out;
    }

    /**
     * The L8 Abstract (x, y, z) of a vector, written to {@code xyz[offset … offset+2]}: the first three
     * components, each z-scored (divided by its standard deviation, the square root of its explained
     * variance) and scaled so that ±{@value #SIGMAS_TO_EDGE} σ reaches the edge of L8's range
     * (±{@code L8_ABSTRACT.maxAbs()}), clamped there. Missing components (a model with fewer than three)
     * and zero-variance ones give 0.
     */
    public void placeInAbstract(float[] vector, float[] xyz, int offset) {
        float[] p = project(vector);
        float edge = CoordinateSpace.L8_ABSTRACT.maxAbs();
        for (int axis = 0; axis < 3; axis++) {
            float value = 0;
            if (axis < p.length && explainedVariance[axis] > 0) {
                float z = (float) (p[axis] / Math.sqrt(explainedVariance[axis]));
                value = Math.clamp(z * edge / SIGMAS_TO_EDGE, -edge, edge);
            }
            xyz[offset + axis] = value;
        }
    }

    /** Writes the version-1 file atomically (a crash leaves the old file or the new one). */
    public void save(Path file) throws IOException {
        int d = mean.length;
        int k = components.length;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + 4 * (d + k * d + k)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(VERSION).putInt(d).putInt(k);
        putAll(b, mean);
        for (float[] component : components) {
            putAll(b, component);
        }
        putAll(b, explainedVariance);
        AtomicFiles.write(file, b.array());
    }

    private static void putAll(ByteBuffer b, float[] values) {
        for (float v : values) {
            b.putFloat(v);
        }
    }

    /** Reads a version-1 file. */
    public static PcaModel load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < HEADER_BYTES) {
            throw new PcaModelException(file, "version", "the file has " + bytes.length
                    + " bytes, fewer than the 12-byte header: it is truncated; run the bootstrap again with --restart");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long version = Integer.toUnsignedLong(b.getInt());
        long d = Integer.toUnsignedLong(b.getInt());
        long k = Integer.toUnsignedLong(b.getInt());
        if (version != VERSION) {
            throw new PcaModelException(file, "version", "version " + version + " is not supported (this build reads "
                    + VERSION + "); run the bootstrap again with --restart");
        }
        if (d < 1 || k < 1 || k > d) {
            throw new PcaModelException(file, "target_dim", "original_dim " + d + " and target_dim " + k
                    + " are impossible (need 1 ≤ target_dim ≤ original_dim)");
        }
        // with d ≤ file size the expected size cannot overflow
        long expected = d > bytes.length ? -1 : HEADER_BYTES + 4 * (d + k * d + k);
        if (bytes.length != expected) {
            throw new PcaModelException(file, "original_dim", "the file has " + bytes.length + " bytes, not the "
                    + (expected < 0 ? "" : expected + " ") + "that original_dim " + d + " and target_dim " + k
                    + " need: it is " + (bytes.length < expected || expected < 0 ? "truncated" : "followed by unknown data")
                    + "; run the bootstrap again with --restart");
        }
        float[] mean = getAll(b, (int) d);
        float[][] components = new float[(int) k][];
        for (int i = 0; i < k; i++) {
            components[i] = getAll(b, (int) d);
        }
        float[] variance = getAll(b, (int) k);
        try {
            return new PcaModel(mean, components, variance);
        } catch (IllegalArgumentException e) {
            throw new PcaModelException(file, "values", e.getMessage()
                    + ": the file is damaged; run the bootstrap again with --restart");
        }
    }

    private static float[] getAll(ByteBuffer b, int count) {
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }
}

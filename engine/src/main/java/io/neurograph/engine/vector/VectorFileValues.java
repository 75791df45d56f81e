package io.neurograph.engine.vector;

import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;

/**
 * jvector's view of the first {@code size} rows of a {@link VectorFile}, decoded to floats. The vector returned
 * by {@link #getVector} is this instance's buffer, overwritten by the next call; jvector takes a {@link #copy}
 * per thread.
 */
final class VectorFileValues implements RandomAccessVectorValues {
    static final VectorTypeSupport VECTORS = VectorizationProvider.getInstance().getVectorTypeSupport();

    private final VectorFile file;
    private final int size;
    private final float[] decoded;
    private final VectorFloat<?> buffer;

    VectorFileValues(VectorFile file, int size) {
        this.file = file;
        this.size = size;
        this.decoded = new float[file.dimension()];
        this.buffer = VECTORS.createFloatVector(file.dimension());
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int dimension() {
        return decoded.length;
    }

    @Override
    public VectorFloat<?> getVector(int row) {
        file.get(row, decoded);
        for (int i = 0; i < decoded.length; i++) {
            buffer.set(i, decoded[i]);
        }
        return buffer;
    }

    @Override
    public boolean isValueShared() {
        return true;
    }

    @Override
    public VectorFileValues copy() {
        return new VectorFileValues(file, size);
    }
}

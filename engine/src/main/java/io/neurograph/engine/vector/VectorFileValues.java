package io.neurograph.engine.vector;

import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * jvector's view of the first {@code size} rows of a {@link VectorFile}, decoded to floats. The vector returned
 * by {@link #getVector} is this instance's buffer, overwritten by the next call; jvector takes a {@link #copy}
 * per thread. Graph builds and searches call it for every distance, so a row goes into the buffer's own storage
 * in bulk: jvector's vectors are backed by a {@code float[]} or, with its native library, a {@code MemorySegment}.
 */
final class VectorFileValues implements RandomAccessVectorValues {
    static final VectorTypeSupport VECTORS = VectorizationProvider.getInstance().getVectorTypeSupport();

    private final VectorFile file;
    private final int size;
    private final VectorFloat<?> buffer;
    private final float[] decoded;   // the buffer's own array, or a scratch array copied into its segment

    VectorFileValues(VectorFile file, int size) {
        this.file = file;
        this.size = size;
        this.buffer = VECTORS.createFloatVector(file.dimension());
        this.decoded = buffer.get() instanceof float[] array ? array : new float[file.dimension()];
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
        switch (buffer.get()) {
            case float[] _ -> {
                // decoded straight into the buffer
            }
            case MemorySegment segment -> MemorySegment.copy(decoded, 0, segment, ValueLayout.JAVA_FLOAT, 0,
                    decoded.length);
            default -> {
                for (int i = 0; i < decoded.length; i++) {
                    buffer.set(i, decoded[i]);
                }
            }
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

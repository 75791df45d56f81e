package io.neurograph.engine.capsule.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A dense tensor on the Java side: the cgraph dtype name ("float32", "int64", ...), the shape and the
 * elements in row-major order as little-endian bytes from the buffer's position to its limit.
 */
public record TensorValue(String dtype, long[] shape, ByteBuffer data) {

    public TensorValue {
        ElementType type = ElementType.require(dtype, "tensor");
        shape = shape.clone();
        long bytes = Math.multiplyExact(elementCount(shape), type.byteSize());
        if (data.remaining() != bytes) {
            throw new IllegalArgumentException("tensor " + dtype + Arrays.toString(shape) + " needs " + bytes
                    + " bytes, got " + data.remaining());
        }
        data = data.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    public static TensorValue ofLongs(long[] shape, long[] data) {
        ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(data.length, Long.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(data);
        return new TensorValue("int64", shape, bytes);
    }

    public static TensorValue ofFloats(long[] shape, float[] data) {
        ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(data.length, Float.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(data);
        return new TensorValue("float32", shape, bytes);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** A read-only little-endian view of the elements, positioned at the first. */
    @Override
    public ByteBuffer data() {
        return data.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    public long elementCount() {
        return elementCount(shape);
    }

    public float[] toFloatArray() {
        requireDtype("float32");
        float[] out = new float[Math.toIntExact(elementCount())];
        data().asFloatBuffer().get(out);
        return out;
    }

    public long[] toLongArray() {
        requireDtype("int64");
        long[] out = new long[Math.toIntExact(elementCount())];
        data().asLongBuffer().get(out);
        return out;
    }

    private void requireDtype(String expected) {
        if (!dtype.equals(expected)) {
            throw new IllegalStateException("tensor is " + dtype + ", not " + expected);
        }
    }

    static long elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorValue t && dtype.equals(t.dtype) && Arrays.equals(shape, t.shape)
                && data.equals(t.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dtype.hashCode() + Arrays.hashCode(shape)) + data.hashCode();
    }

    @Override
    public String toString() {
        return "TensorValue[" + dtype + Arrays.toString(shape) + "]";
    }
}

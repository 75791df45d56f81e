package io.neurograph.engine.capsule.gguf;

import java.util.Arrays;
import java.util.Objects;

/**
 * A tensor described in a GGUF file.
 *
 * @param name           the tensor's name
 * @param ne             the dimensions in ggml order: {@code ne[0]} is the innermost (contiguous) one
 * @param type           the element type
 * @param relativeOffset where the data starts, relative to the file's data section
 * @param absoluteOffset where the data starts in the file
 * @param byteSize       the data's length in bytes (without alignment padding)
 */
public record GgufTensorInfo(String name, long[] ne, GgmlType type, long relativeOffset, long absoluteOffset,
        long byteSize) {

    public GgufTensorInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        ne = ne.clone();
    }

    @Override
    public long[] ne() {
        return ne.clone();
    }

    /** The dimensions in row-major order (numpy/PyTorch/ONNX): {@code ne} reversed. */
    public long[] shape() {
        long[] shape = new long[ne.length];
        for (int i = 0; i < ne.length; i++) {
            shape[i] = ne[ne.length - 1 - i];
        }
        return shape;
    }

    /** The number of elements (1 for a tensor without dimensions). */
    public long elementCount() {
        long count = 1;
        for (long n : ne) {
            count = Math.multiplyExact(count, n);
        }
        return count;
    }

    /** Where the data ends in the file (exclusive). */
    public long endOffset() {
        return absoluteOffset + byteSize;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GgufTensorInfo that && name.equals(that.name) && Arrays.equals(ne, that.ne)
                && type == that.type && relativeOffset == that.relativeOffset
                && absoluteOffset == that.absoluteOffset && byteSize == that.byteSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(ne), type, relativeOffset, absoluteOffset, byteSize);
    }

    @Override
    public String toString() {
        return "GgufTensorInfo[" + name + " " + type + " ne=" + Arrays.toString(ne) + " at " + absoluteOffset
                + " (+" + relativeOffset + "), " + byteSize + " bytes]";
    }
}

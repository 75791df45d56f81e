package io.neurograph.engine.capsule.cgraph;

import java.util.List;

/**
 * Element sizes of the dtype names the format defines. Other names (ggml block types "ggml:q8_0", or
 * names added later) are allowed in the container, but their byte length cannot be checked from the shape.
 */
final class Dtypes {
    static final long UNKNOWN = -1;

    private Dtypes() {
    }

    static long elementSize(String dtype) {
        return switch (dtype) {
            case "float64", "int64", "uint64" -> 8;
            case "float32", "int32", "uint32" -> 4;
            case "float16", "bfloat16", "int16", "uint16" -> 2;
            case "int8", "uint8", "bool" -> 1;
            default -> UNKNOWN;
        };
    }

    /**
     * The byte length a tensor of this dtype and shape must have, or {@link #UNKNOWN}.
     *
     * @throws ArithmeticException if the size does not fit in a long
     */
    static long byteLength(String dtype, List<Long> shape) {
        long size = elementSize(dtype);
        if (size == UNKNOWN) {
            return UNKNOWN;
        }
        long length = size;
        for (Long dim : shape) {
            length = Math.multiplyExact(length, dim);
        }
        return length;
    }
}

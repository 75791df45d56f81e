package io.neurograph.engine.capsule.cgraph;

import java.util.List;

/**
 * A tensor table entry: raw little-endian bytes at {@code offset} (4096-aligned) in the FULL file,
 * inside the region of capsule {@code capsule}. Dims are in row-major order, outermost first.
 */
public record TensorSpec(String name, String dtype, List<Long> shape, long offset, long length, String crc32c,
        int capsule) {
}

package io.neurograph.engine.capsule.cgraph;

import java.util.List;

/**
 * A graph input or output. {@code shape} elements are Long (fixed), String (symbolic) or null (unknown);
 * a null {@code shape} means the rank is unknown. {@code dtype} is null for non-tensor values.
 */
public record ValueSpec(String name, String dtype, List<Object> shape) {
    public ValueSpec {
        shape = shape == null ? null : JsonIntegers.widen(shape);
    }
}

package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.gguf.GgmlType;
/**
 * How ggml tensor types are named in a {@code .cgraph} tensor table: plain element types by their
 * common dtype name (so any reader can use them), block-quantized types as {@code "ggml:<type>"}.
 */
final class GgmlDtypes {
    private static final String PREFIX = "ggml:";

    private GgmlDtypes() {
    }

    static String dtypeOf(GgmlType type) {
        return switch (type) {
            case F32 -> "float32";
            case F16 -> "float16";
            case BF16 -> "bfloat16";
            case F64 -> "float64";
            case I8 -> "int8";
            case I16 -> "int16";
            case I32 -> "int32";
            case I64 -> "int64";
            default -> PREFIX + type.typeName();
        };
    }

    /** The inverse of {@link #dtypeOf}; rejects dtypes that GGUF cannot hold (e.g. uint8). */
    static GgmlType typeOf(String dtype) {
        for (GgmlType type : GgmlType.values()) {
            if (dtypeOf(type).equals(dtype)) {
                return type;
            }
        }
        throw new IllegalArgumentException("dtype '" + dtype + "' has no GGUF equivalent");
    }
}

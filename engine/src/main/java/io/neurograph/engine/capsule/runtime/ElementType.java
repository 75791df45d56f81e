package io.neurograph.engine.capsule.runtime;

import ai.onnxruntime.OnnxJavaType;

/**
 * The tensor element types that can be handed to ONNX Runtime, by their cgraph dtype names. ORT's Java
 * API has no unsigned 16/32/64-bit or sub-byte types, so tensors of those dtypes cannot be wrapped.
 */
public enum ElementType {
    FLOAT32("float32", 4, OnnxJavaType.FLOAT),
    FLOAT64("float64", 8, OnnxJavaType.DOUBLE),
    FLOAT16("float16", 2, OnnxJavaType.FLOAT16),
    BFLOAT16("bfloat16", 2, OnnxJavaType.BFLOAT16),
    INT8("int8", 1, OnnxJavaType.INT8),
    UINT8("uint8", 1, OnnxJavaType.UINT8),
    INT16("int16", 2, OnnxJavaType.INT16),
    INT32("int32", 4, OnnxJavaType.INT32),
    INT64("int64", 8, OnnxJavaType.INT64),
    BOOL("bool", 1, OnnxJavaType.BOOL);

    private final String dtype;
    private final int byteSize;
    private final OnnxJavaType javaType;

    ElementType(String dtype, int byteSize, OnnxJavaType javaType) {
        this.dtype = dtype;
        this.byteSize = byteSize;
        this.javaType = javaType;
    }

    public String dtype() {
        return dtype;
    }

    public int byteSize() {
        return byteSize;
    }

    public OnnxJavaType javaType() {
        return javaType;
    }

    boolean integral() {
        return this == INT8 || this == UINT8 || this == INT16 || this == INT32 || this == INT64;
    }

    /** The dtypes INPUTS.json can give: plain integers and floats. */
    boolean readableFromJson() {
        return this == INT32 || this == INT64 || this == FLOAT32 || this == FLOAT64;
    }

    /** The element type of a cgraph dtype name, or null if the runtime cannot handle it. */
    public static ElementType ofDtype(String dtype) {
        for (ElementType t : values()) {
            if (t.dtype.equals(dtype)) {
                return t;
            }
        }
        return null;
    }

    /** The element type of a dtype name, or an IllegalArgumentException naming what it belongs to. */
    static ElementType require(String dtype, String what) {
        ElementType t = ofDtype(dtype);
        if (t == null) {
            throw new IllegalArgumentException(what + ": dtype " + dtype + " is not supported by the runtime");
        }
        return t;
    }

    static ElementType of(OnnxJavaType javaType) {
        for (ElementType t : values()) {
            if (t.javaType == javaType) {
                return t;
            }
        }
        throw new IllegalArgumentException("ONNX Runtime value of type " + javaType + " is not supported");
    }
}

package io.neurograph.engine.capsule.onnx;

/** ONNX TensorProto.DataType with the element sizes of the raw_data encoding. */
public enum OnnxDataType {
    FLOAT(1, 8, "float32"),
    UINT8(2, 2, "uint8"),
    INT8(3, 2, "int8"),
    UINT16(4, 4, "uint16"),
    INT16(5, 4, "int16"),
    INT32(6, 8, "int32"),
    INT64(7, 16, "int64"),
    /** Variable length: strings have no raw_data encoding. */
    STRING(8, 0, "string"),
    BOOL(9, 2, "bool"),
    FLOAT16(10, 4, "float16"),
    DOUBLE(11, 16, "float64"),
    UINT32(12, 8, "uint32"),
    UINT64(13, 16, "uint64"),
    COMPLEX64(14, 16, "complex64"),
    COMPLEX128(15, 32, "complex128"),
    BFLOAT16(16, 4, "bfloat16"),
    FLOAT8E4M3FN(17, 2, "float8e4m3fn"),
    FLOAT8E4M3FNUZ(18, 2, "float8e4m3fnuz"),
    FLOAT8E5M2(19, 2, "float8e5m2"),
    FLOAT8E5M2FNUZ(20, 2, "float8e5m2fnuz"),
    UINT4(21, 1, "uint4"),
    INT4(22, 1, "int4"),
    FLOAT4E2M1(23, 1, "float4e2m1"),
    FLOAT8E8M0(24, 2, "float8e8m0"),
    UINT2(25, 0, "uint2"),
    INT2(26, 0, "int2");

    private static final OnnxDataType[] BY_CODE = new OnnxDataType[27];

    static {
        for (OnnxDataType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;
    /** Element size in half bytes (4-bit types: 1); 0 for STRING and the 2-bit types, handled apart. */
    private final int nibbles;
    private final String dtypeName;

    OnnxDataType(int code, int nibbles, String dtypeName) {
        this.code = code;
        this.nibbles = nibbles;
        this.dtypeName = dtypeName;
    }

    public int code() {
        return code;
    }

    /** The type with this DataType code, or null if unknown (including UNDEFINED = 0). */
    public static OnnxDataType of(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** Lower-case name used in manifests, e.g. "float32", "int64", "bfloat16". */
    public String dtypeName() {
        return dtypeName;
    }

    public boolean isSubByte() {
        return this == UINT4 || this == INT4 || this == FLOAT4E2M1 || this == UINT2 || this == INT2;
    }

    /**
     * Bytes of {@code elements} values in raw_data encoding, sub-byte types rounded up to whole bytes.
     *
     * @throws ArithmeticException on overflow
     * @throws UnsupportedOperationException for STRING
     */
    public long byteSize(long elements) {
        if (elements < 0) {
            throw new IllegalArgumentException("negative element count " + elements);
        }
        if (this == STRING) {
            throw new UnsupportedOperationException("STRING tensors have no fixed element size");
        }
        if (this == UINT2 || this == INT2) {
            return elements / 4 + (elements % 4 == 0 ? 0 : 1);
        }
        if (nibbles == 1) {
            return elements / 2 + (elements % 2);
        }
        return Math.multiplyExact(elements, nibbles / 2);
    }
}

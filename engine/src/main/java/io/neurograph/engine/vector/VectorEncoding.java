package io.neurograph.engine.vector;

/**
 * How a {@link VectorFile} stores each vector. {@code INT8} keeps one float scale per vector
 * ({@code scale = max|v| / 127}) and one signed byte per value ({@code q = round(v / scale)}); a decoded
 * value is {@code q * scale}, so each value is off by at most {@code max|v| / 254}.
 */
public enum VectorEncoding {
    FLOAT32(Float.BYTES),
    INT8(Byte.BYTES);

    private final int bytesPerValue;

    VectorEncoding(int bytesPerValue) {
        this.bytesPerValue = bytesPerValue;
    }

    /** Payload bytes of one vector of {@code dimension} values. */
    public long payloadBytes(int dimension) {
        return (long) bytesPerValue * dimension;
    }
}

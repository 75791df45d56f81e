package io.neurograph.engine.capsule.gguf;

import java.util.Arrays;

/** Facts of the GGUF layout shared by the reader and the writer. */
final class GgufLayout {
    /** "GGUF" read as a little-endian u32. */
    static final int MAGIC = 0x46554747;
    /** magic, version, tensor count, kv count. */
    static final int HEADER_SIZE = 24;
    /** ggml's GGML_MAX_DIMS. */
    static final int MAX_DIMS = 4;
    static final String ALIGNMENT_KEY = "general.alignment";

    private GgufLayout() {
    }

    /**
     * A name from a file, quoted for a one-line message: control characters escaped, long names cut,
     * so a corrupt file cannot break or flood the message.
     */
    static String quote(String name) {
        StringBuilder quoted = new StringBuilder("'");
        int shown = Math.min(name.length(), 120);
        for (int i = 0; i < shown; i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (shown < name.length()) {
            quoted.append("...(").append(name.length()).append(" chars)");
        }
        return quoted.append('\'').toString();
    }

    /** value rounded up to a multiple of alignment (a power of two); ArithmeticException on overflow. */
    static long alignUp(long value, long alignment) {
        return Math.addExact(value, alignment - 1) & -alignment;
    }

    /** The alignment a general.alignment value gives, or -1 if it is not a UINT32 power of two. */
    static long alignmentOf(GgufValue value) {
        if (value instanceof GgufValue.Scalar(GgufValueType type, long bits) && type == GgufValueType.UINT32
                && bits > 0 && Long.bitCount(bits) == 1) {
            return bits;
        }
        return -1;
    }

    /**
     * Why a tensor of these dimensions and type is not valid, or null if it is: at most 4 dims, none
     * negative, ne[0] a whole number of blocks, element count and byte size within a long.
     */
    static String shapeProblem(String name, long[] ne, GgmlType type) {
        if (ne.length > MAX_DIMS) {
            return "tensor " + quote(name) + " has " + ne.length + " dimensions (at most " + MAX_DIMS + " are supported)";
        }
        long elements = 1;
        for (int i = 0; i < ne.length; i++) {
            if (ne[i] < 0) {
                return "tensor " + quote(name) + " has negative dimension ne[" + i + "] = " + Long.toUnsignedString(ne[i]);
            }
            try {
                elements = Math.multiplyExact(elements, ne[i]);
            } catch (ArithmeticException e) {
                return "tensor " + quote(name) + " has more elements than a long can count: ne=" + Arrays.toString(ne);
            }
        }
        long innermost = ne.length == 0 ? 1 : ne[0];
        if (innermost % type.blockSize() != 0) {
            return "tensor " + quote(name) + " of type " + type + " has ne[0] = " + innermost
                    + ", not a multiple of the block size " + type.blockSize();
        }
        try {
            type.bytesFor(elements);
        } catch (ArithmeticException e) {
            return "tensor " + quote(name) + " is larger than a long can count: ne=" + Arrays.toString(ne) + " " + type;
        }
        return null;
    }

    /** The byte size of a tensor whose shape passed {@link #shapeProblem}. */
    static long byteSize(long[] ne, GgmlType type) {
        long elements = 1;
        for (long n : ne) {
            elements = Math.multiplyExact(elements, n);
        }
        return type.bytesFor(elements);
    }
}

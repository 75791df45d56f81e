package io.neurograph.engine.capsule.gguf;

import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;

/**
 * Turns ggml tensor data into floats: F32, F16, BF16 and the block formats Q8_0, Q4_0, Q4_1, Q5_0,
 * Q5_1, Q4_K and Q6_K. The bytes are copied a chunk at a time into a heap buffer and decoded from
 * there, so the per-element work is plain array arithmetic.
 */
public final class GgmlDequantizer {
    private static final Set<GgmlType> SUPPORTED = EnumSet.of(GgmlType.F32, GgmlType.F16, GgmlType.BF16,
            GgmlType.Q8_0, GgmlType.Q4_0, GgmlType.Q4_1, GgmlType.Q5_0, GgmlType.Q5_1, GgmlType.Q4_K, GgmlType.Q6_K);
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat F32_LE = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort F16_LE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Bytes decoded per step; large enough to amortise the copy, small enough to stay in cache. */
    private static final int CHUNK_BYTES = 64 * 1024;

    private GgmlDequantizer() {
    }

    /** True if {@link #dequantize} handles this type. */
    public static boolean supports(GgmlType type) {
        return SUPPORTED.contains(type);
    }

    /**
     * Dequantizes a tensor of a read GGUF file, reading its bytes from the file.
     *
     * @throws UnsupportedOperationException for a type this class does not decode
     * @throws ModelFormatException if the file has become shorter than the tensor's end
     */
    public static float[] dequantize(GgufFile file, GgufTensorInfo tensor) {
        requireSupported(tensor.type());
        try (FileChannel channel = FileChannel.open(file.file(), StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            if (channel.size() < tensor.endOffset()) {
                throw new ModelFormatException(file.file(), tensor.absoluteOffset(), "tensor '" + tensor.name()
                        + "' ends at byte " + tensor.endOffset() + " but the file now has " + channel.size() + " bytes");
            }
            MemorySegment data = channel.map(FileChannel.MapMode.READ_ONLY, tensor.absoluteOffset(), tensor.byteSize(), arena);
            return dequantize(tensor.type(), data, tensor.elementCount());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tensor '" + tensor.name() + "' of " + file.file(), e);
        }
    }

    /**
     * Dequantizes the first {@code elements} elements stored in {@code data}.
     *
     * @throws UnsupportedOperationException for a type this class does not decode
     * @throws IllegalArgumentException if elements is not a whole number of blocks, exceeds what a
     *                                  float[] holds, or data is shorter than their bytes
     */
    public static float[] dequantize(GgmlType type, MemorySegment data, long elements) {
        requireSupported(type);
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(elements + " elements do not fit a float[]");
        }
        float[] result = new float[checkedElements(type, data, elements)];
        decodeAll(type, data, result.length, result, 0);
        return result;
    }

    /**
     * Dequantizes the first {@code elements} elements stored in {@code data} into {@code out},
     * advancing its position by {@code elements}.
     *
     * @throws UnsupportedOperationException for a type this class does not decode
     * @throws IllegalArgumentException if elements is not a whole number of blocks, data is shorter
     *                                  than their bytes, or out has less room than elements
     */
    public static void dequantize(GgmlType type, MemorySegment data, long elements, FloatBuffer out) {
        requireSupported(type);
        if (elements > out.remaining()) {
            throw new IllegalArgumentException(elements + " elements do not fit the " + out.remaining()
                    + " floats left in the buffer");
        }
        int count = checkedElements(type, data, elements);
        if (out.hasArray()) {
            decodeAll(type, data, count, out.array(), out.arrayOffset() + out.position());
            out.position(out.position() + count);
            return;
        }
        float[] scratch = new float[(int) Math.min(count, chunkBlocks(type) * (long) type.blockSize())];
        int done = 0;
        while (done < count) {
            int n = Math.min(scratch.length, count - done);
            decodeAll(type, data.asSlice(type.bytesFor(done)), n, scratch, 0);
            out.put(scratch, 0, n);
            done += n;
        }
    }

    private static void requireSupported(GgmlType type) {
        if (!supports(type)) {
            throw new UnsupportedOperationException("dequantizing ggml type " + type + " is not supported (supported: "
                    + SUPPORTED + ")");
        }
    }

    private static int checkedElements(GgmlType type, MemorySegment data, long elements) {
        if (elements < 0 || elements % type.blockSize() != 0) {
            throw new IllegalArgumentException(elements + " elements are not a whole number of " + type
                    + " blocks of " + type.blockSize());
        }
        long bytes = type.bytesFor(elements);
        if (data.byteSize() < bytes) {
            throw new IllegalArgumentException(elements + " " + type + " elements need " + bytes
                    + " bytes, the data has " + data.byteSize());
        }
        return (int) elements;
    }

    private static int chunkBlocks(GgmlType type) {
        return Math.max(1, CHUNK_BYTES / type.typeSize());
    }

    /** Decodes count elements (whole blocks) from the start of data into out[offset...]. */
    private static void decodeAll(GgmlType type, MemorySegment data, int count, float[] out, int offset) {
        switch (type) {
            case F32 -> MemorySegment.copy(data, F32_LE, 0, out, offset, count);
            case F16, BF16 -> halves(type == GgmlType.BF16, data, count, out, offset);
            default -> blocks(type, data, count, out, offset);
        }
    }

    /** 2-byte floats: copied a chunk at a time into a short[] and widened. */
    private static void halves(boolean bfloat, MemorySegment data, int count, float[] out, int offset) {
        short[] chunk = new short[Math.min(count, CHUNK_BYTES / 2)];
        for (int first = 0; first < count; first += chunk.length) {
            int n = Math.min(chunk.length, count - first);
            MemorySegment.copy(data, F16_LE, 2L * first, chunk, 0, n);
            if (bfloat) {
                for (int i = 0; i < n; i++) {
                    out[offset + first + i] = Float.intBitsToFloat(chunk[i] << 16);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    out[offset + first + i] = Float.float16ToFloat(chunk[i]);
                }
            }
        }
    }

    /** Block formats: copied a chunk of whole blocks at a time into a byte[] and decoded block by block. */
    private static void blocks(GgmlType type, MemorySegment data, int count, float[] out, int offset) {
        int blocks = count / type.blockSize();
        int perChunk = chunkBlocks(type);
        byte[] chunk = new byte[Math.min(blocks, perChunk) * type.typeSize()];
        for (int first = 0; first < blocks; first += perChunk) {
            int n = Math.min(perChunk, blocks - first);
            MemorySegment.copy(data, ValueLayout.JAVA_BYTE, (long) first * type.typeSize(), chunk, 0, n * type.typeSize());
            decodeBlocks(type, chunk, n, out, offset + first * type.blockSize());
        }
    }

    private static void decodeBlocks(GgmlType type, byte[] b, int blocks, float[] y, int o) {
        int size = type.typeSize();
        int block = type.blockSize();
        switch (type) {
            case Q8_0 -> {
                for (int i = 0; i < blocks; i++) {
                    q8_0(b, i * size, y, o + i * block);
                }
            }
            case Q4_0 -> {
                for (int i = 0; i < blocks; i++) {
                    q4(b, i * size, y, o + i * block, false);
                }
            }
            case Q4_1 -> {
                for (int i = 0; i < blocks; i++) {
                    q4(b, i * size, y, o + i * block, true);
                }
            }
            case Q5_0 -> {
                for (int i = 0; i < blocks; i++) {
                    q5(b, i * size, y, o + i * block, false);
                }
            }
            case Q5_1 -> {
                for (int i = 0; i < blocks; i++) {
                    q5(b, i * size, y, o + i * block, true);
                }
            }
            case Q4_K -> {
                for (int i = 0; i < blocks; i++) {
                    q4_K(b, i * size, y, o + i * block);
                }
            }
            case Q6_K -> {
                for (int i = 0; i < blocks; i++) {
                    q6_K(b, i * size, y, o + i * block);
                }
            }
            default -> throw new IllegalStateException("not a block format handled here: " + type);
        }
    }

    private static float half(byte[] b, int p) {
        return Float.float16ToFloat((short) SHORT_LE.get(b, p));
    }

    /** {half d; i8 qs[32]}: y = q·d. */
    private static void q8_0(byte[] b, int p, float[] y, int o) {
        float d = half(b, p);
        for (int j = 0; j < 32; j++) {
            y[o + j] = b[p + 2 + j] * d;
        }
    }

    /**
     * Q4_0 {half d; u8 qs[16]}: y = (q − 8)·d; Q4_1 {half d, m; u8 qs[16]}: y = q·d + m. Low nibbles
     * are elements 0..15, high nibbles 16..31.
     */
    private static void q4(byte[] b, int p, float[] y, int o, boolean withMin) {
        float d = half(b, p);
        float m = withMin ? half(b, p + 2) : 0;
        int qs = p + (withMin ? 4 : 2);
        int bias = withMin ? 0 : 8;
        for (int j = 0; j < 16; j++) {
            int x = b[qs + j] & 0xFF;
            if (withMin) {
                y[o + j] = (x & 0xF) * d + m;
                y[o + j + 16] = (x >>> 4) * d + m;
            } else {
                y[o + j] = ((x & 0xF) - bias) * d;
                y[o + j + 16] = ((x >>> 4) - bias) * d;
            }
        }
    }

    /**
     * Q5_0 {half d; u8 qh[4]; u8 qs[16]}: y = (q − 16)·d; Q5_1 {half d, m; qh[4]; qs[16]}: y = q·d + m.
     * Bit k of qh (a little-endian u32) is the fifth bit of element k.
     */
    private static void q5(byte[] b, int p, float[] y, int o, boolean withMin) {
        float d = half(b, p);
        float m = withMin ? half(b, p + 2) : 0;
        int h = p + (withMin ? 4 : 2);
        int qh = (int) INT_LE.get(b, h);
        int qs = h + 4;
        for (int j = 0; j < 16; j++) {
            int x = b[qs + j] & 0xFF;
            int lo = (x & 0xF) | ((qh >>> j) & 1) << 4;
            int hi = (x >>> 4) | ((qh >>> (j + 16)) & 1) << 4;
            if (withMin) {
                y[o + j] = lo * d + m;
                y[o + j + 16] = hi * d + m;
            } else {
                y[o + j] = (lo - 16) * d;
                y[o + j + 16] = (hi - 16) * d;
            }
        }
    }

    /**
     * {half d, dmin; u8 scales[12]; u8 qs[128]}: eight sub-blocks of 32 with 6-bit scale and min;
     * each 64 elements take 32 bytes of qs, low nibbles first: y = (d·sc)·q − dmin·m.
     */
    private static void q4_K(byte[] b, int p, float[] y, int o) {
        float d = half(b, p);
        float dmin = half(b, p + 2);
        int scales = p + 4;
        int qs = p + 16;
        for (int group = 0; group < 4; group++) {
            int sub = 2 * group;
            float d1 = d * k4Scale(b, scales, sub);
            float m1 = dmin * k4Min(b, scales, sub);
            float d2 = d * k4Scale(b, scales, sub + 1);
            float m2 = dmin * k4Min(b, scales, sub + 1);
            int q = qs + 32 * group;
            int out = o + 64 * group;
            for (int l = 0; l < 32; l++) {
                int x = b[q + l] & 0xFF;
                y[out + l] = d1 * (x & 0xF) - m1;
                y[out + 32 + l] = d2 * (x >>> 4) - m2;
            }
        }
    }

    /** The 6-bit scale of Q4_K sub-block j (0..7) in the 12 packed bytes at s. */
    private static int k4Scale(byte[] b, int s, int j) {
        return j < 4 ? b[s + j] & 63 : (b[s + j + 4] & 0xF) | ((b[s + j - 4] & 0xFF) >>> 6) << 4;
    }

    /** The 6-bit min of Q4_K sub-block j (0..7) in the 12 packed bytes at s. */
    private static int k4Min(byte[] b, int s, int j) {
        return j < 4 ? b[s + j + 4] & 63 : (b[s + j + 4] & 0xFF) >>> 4 | ((b[s + j] & 0xFF) >>> 6) << 4;
    }

    /**
     * {u8 ql[128]; u8 qh[64]; i8 scales[16]; half d}: two halves of 128 elements; in a half, element
     * l + 32k (l < 32, k < 4) takes its low 4 bits from ql[l] (k even) or ql[l + 32] (k odd), low nibble
     * for k < 2, high for k ≥ 2, and bits 2k..2k+1 of qh[l] on top; y = (d·scales[l/16 + 2k])·(q − 32).
     */
    private static void q6_K(byte[] b, int p, float[] y, int o) {
        float d = half(b, p + 208);
        for (int half = 0; half < 2; half++) {
            int ql = p + 64 * half;
            int qh = p + 128 + 32 * half;
            int sc = p + 192 + 8 * half;
            int out = o + 128 * half;
            for (int l = 0; l < 32; l++) {
                int h = b[qh + l] & 0xFF;
                int low0 = b[ql + l] & 0xFF;
                int low1 = b[ql + l + 32] & 0xFF;
                int is = sc + l / 16;
                y[out + l] = d * b[is] * (((low0 & 0xF) | (h & 3) << 4) - 32);
                y[out + l + 32] = d * b[is + 2] * (((low1 & 0xF) | (h >>> 2 & 3) << 4) - 32);
                y[out + l + 64] = d * b[is + 4] * ((low0 >>> 4 | (h >>> 4 & 3) << 4) - 32);
                y[out + l + 96] = d * b[is + 6] * ((low1 >>> 4 | (h >>> 6) << 4) - 32);
            }
        }
    }
}

package io.neurograph.engine.capsule.gguf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A test-only quantizer written from the block layouts: it packs the bytes and, independently of
 * {@link GgmlDequantizer}, computes the floats its codes stand for (with the fp16-rounded scales
 * actually stored) and the largest error it allows per element. It is simple rather than optimal:
 * scales are chosen so no code needs clamping except where the format itself clamps (Q4_0/Q5_0).
 */
final class ReferenceQuantizer {
    /** The packed bytes, the values they decode to and the error bound per element. */
    record Quantized(byte[] bytes, float[] values, float[] bounds) {
    }

    private final GgmlType type;
    private final ByteBuffer out;
    private final float[] values;
    private final float[] bounds;

    private ReferenceQuantizer(GgmlType type, int elements) {
        this.type = type;
        this.out = ByteBuffer.allocate((int) type.bytesFor(elements)).order(ByteOrder.LITTLE_ENDIAN);
        this.values = new float[elements];
        this.bounds = new float[elements];
    }

    static Quantized quantize(GgmlType type, float[] x) {
        ReferenceQuantizer q = new ReferenceQuantizer(type, x.length);
        int block = type.blockSize();
        for (int start = 0; start < x.length; start += block) {
            switch (type) {
                case F32 -> q.f32(x[start], start);
                case F16 -> q.f16(x[start], start);
                case BF16 -> q.bf16(x[start], start);
                case Q8_0 -> q.q8_0(x, start);
                case Q4_0 -> q.symmetric(x, start, 4);
                case Q5_0 -> q.symmetric(x, start, 5);
                case Q4_1 -> q.withMin(x, start, 4);
                case Q5_1 -> q.withMin(x, start, 5);
                case Q4_K -> q.q4_K(x, start);
                case Q6_K -> q.q6_K(x, start);
                default -> throw new IllegalArgumentException("no reference quantizer for " + type);
            }
        }
        return new Quantized(q.out.array(), q.values, q.bounds);
    }

    private static float half(short bits) {
        return Float.float16ToFloat(bits);
    }

    /** The fp16 nearest need / codes, moved up until codes times it covers need: a scale that never falls short. */
    private static short coveringHalf(float need, int codes) {
        short bits = Float.floatToFloat16(need / codes);
        while (half(bits) * codes < need) {
            bits++;
        }
        return bits;
    }

    private void f32(float x, int i) {
        out.putFloat(x);
        values[i] = x;
    }

    private void f16(float x, int i) {
        short h = Float.floatToFloat16(x);
        out.putShort(h);
        values[i] = half(h);
        bounds[i] = Math.abs(x) * 0x1p-11f + 0x1p-25f;
    }

    /** Round to nearest even on the top 16 bits. */
    private void bf16(float x, int i) {
        int bits = Float.floatToRawIntBits(x);
        short top = (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16);
        out.putShort(top);
        values[i] = Float.intBitsToFloat(top << 16);
        bounds[i] = Math.abs(x) * 0x1p-8f;
    }

    private void q8_0(float[] x, int start) {
        float amax = 0;
        for (int j = 0; j < 32; j++) {
            amax = Math.max(amax, Math.abs(x[start + j]));
        }
        short dh = Float.floatToFloat16(amax / 127);
        float d = half(dh);
        out.putShort(dh);
        for (int j = 0; j < 32; j++) {
            int q = d == 0 ? 0 : Math.clamp(Math.round(x[start + j] / d), -128, 127);
            out.put((byte) q);
            values[start + j] = q * d;
            bounds[start + j] = d / 2 + 127 * Math.abs(amax / 127 - d) + 1e-7f;
        }
    }

    /**
     * Q4_0/Q5_0: the value of largest magnitude maps to the most negative code, so the opposite
     * extreme may be clamped one step short: the bound is a whole step.
     */
    private void symmetric(float[] x, int start, int bits) {
        int offset = 1 << (bits - 1);
        float max = 0;
        for (int j = 0; j < 32; j++) {
            if (Math.abs(x[start + j]) > Math.abs(max)) {
                max = x[start + j];
            }
        }
        short dh = Float.floatToFloat16(max / -offset);
        float d = half(dh);
        out.putShort(dh);
        int[] q = new int[32];
        for (int j = 0; j < 32; j++) {
            q[j] = d == 0 ? offset : Math.clamp(Math.round(x[start + j] / d) + offset, 0, 2 * offset - 1);
            values[start + j] = (q[j] - offset) * d;
            bounds[start + j] = Math.abs(d) + offset * Math.abs(max / -offset - d) + 1e-7f;
        }
        packNibbles(q, bits);
    }

    /** Q4_1/Q5_1: y = q·d + m with m the block minimum rounded to fp16. */
    private void withMin(float[] x, int start, int bits) {
        int top = (1 << bits) - 1;
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int j = 0; j < 32; j++) {
            min = Math.min(min, x[start + j]);
            max = Math.max(max, x[start + j]);
        }
        short mh = Float.floatToFloat16(min);
        float m = half(mh);
        short dh = Float.floatToFloat16((max - m) / top);
        float d = half(dh);
        out.putShort(dh).putShort(mh);
        int[] q = new int[32];
        for (int j = 0; j < 32; j++) {
            q[j] = d == 0 ? 0 : Math.clamp(Math.round((x[start + j] - m) / d), 0, top);
            values[start + j] = q[j] * d + m;
            bounds[start + j] = d / 2 + top * Math.abs((max - m) / top - d) + Math.abs(min - m) + 1e-6f;
        }
        packNibbles(q, bits);
    }

    /** qs[j] = low 4 bits of q[j] | low 4 bits of q[j + 16] << 4; for 5 bits qh bit k = bit 4 of q[k]. */
    private void packNibbles(int[] q, int bits) {
        if (bits == 5) {
            int qh = 0;
            for (int k = 0; k < 32; k++) {
                qh |= (q[k] >> 4) << k;
            }
            out.putInt(qh);
        }
        for (int j = 0; j < 16; j++) {
            out.put((byte) ((q[j] & 0xF) | (q[j + 16] & 0xF) << 4));
        }
    }

    /**
     * Q4_K: per sub-block of 32 a min m·dmin (≥ the sub-block's negative minimum) and a scale sc·d
     * covering (max + min offset)/15; 6-bit sc and m packed into 12 bytes.
     */
    private void q4_K(float[] x, int start) {
        float[] negMin = new float[8];
        float[] max = new float[8];
        float maxNegMin = 0;
        for (int s = 0; s < 8; s++) {
            float lo = 0;
            float hi = -Float.MAX_VALUE;
            for (int l = 0; l < 32; l++) {
                lo = Math.min(lo, x[start + 32 * s + l]);
                hi = Math.max(hi, x[start + 32 * s + l]);
            }
            negMin[s] = -lo;
            max[s] = hi;
            maxNegMin = Math.max(maxNegMin, -lo);
        }
        short dminh = coveringHalf(maxNegMin, 63);
        float dmin = half(dminh);
        int[] m = new int[8];
        float[] minOffset = new float[8];
        float[] need = new float[8];
        float maxNeed = 0;
        for (int s = 0; s < 8; s++) {
            m[s] = dmin == 0 ? 0 : Math.min(63, (int) Math.ceil(negMin[s] / dmin));
            minOffset[s] = dmin * m[s];
            need[s] = Math.max(0, (max[s] + minOffset[s]) / 15);
            maxNeed = Math.max(maxNeed, need[s]);
        }
        short dh = coveringHalf(maxNeed, 63);
        float d = half(dh);
        int[] sc = new int[8];
        for (int s = 0; s < 8; s++) {
            sc[s] = d == 0 ? 0 : Math.min(63, (int) Math.ceil(need[s] / d));
        }
        out.putShort(dh).putShort(dminh);
        for (int j = 0; j < 4; j++) {
            out.put((byte) (sc[j] | (sc[j + 4] >> 4) << 6));
        }
        for (int j = 0; j < 4; j++) {
            out.put((byte) (m[j] | (m[j + 4] >> 4) << 6));
        }
        for (int j = 0; j < 4; j++) {
            out.put((byte) ((sc[j + 4] & 0xF) | (m[j + 4] & 0xF) << 4));
        }
        int[] q = new int[256];
        for (int s = 0; s < 8; s++) {
            float step = d * sc[s];
            for (int l = 0; l < 32; l++) {
                int i = 32 * s + l;
                q[i] = step == 0 ? 0 : Math.clamp(Math.round((x[start + i] + minOffset[s]) / step), 0, 15);
                values[start + i] = step * q[i] - minOffset[s];
                bounds[start + i] = step * 0.5001f + 1e-6f;
            }
        }
        // 64 elements per 32 bytes: the first 32 in the low nibbles, the next 32 in the high nibbles
        for (int group = 0; group < 4; group++) {
            for (int l = 0; l < 32; l++) {
                out.put((byte) (q[64 * group + l] | q[64 * group + 32 + l] << 4));
            }
        }
    }

    /**
     * Q6_K: 16 sub-blocks of 16 elements, each with an int8 scale (scale k applies to elements
     * 16k..16k+15) times the fp16 d; codes −32..31 stored as 6-bit q + 32.
     */
    private void q6_K(float[] x, int start) {
        float[] need = new float[16];
        float maxNeed = 0;
        for (int s = 0; s < 16; s++) {
            for (int l = 0; l < 16; l++) {
                need[s] = Math.max(need[s], Math.abs(x[start + 16 * s + l]) / 31);
            }
            maxNeed = Math.max(maxNeed, need[s]);
        }
        short dh = coveringHalf(maxNeed, 127);
        float d = half(dh);
        int[] sc = new int[16];
        int[] u = new int[256];
        for (int s = 0; s < 16; s++) {
            sc[s] = d == 0 ? 0 : Math.min(127, (int) Math.ceil(need[s] / d));
            if (s % 2 == 1) {
                sc[s] = -sc[s];     // negative scales are legal: exercise the sign
            }
            float step = d * sc[s];
            for (int l = 0; l < 16; l++) {
                int i = 16 * s + l;
                int q = step == 0 ? 0 : Math.clamp(Math.round(x[start + i] / step), -32, 31);
                u[i] = q + 32;
                values[start + i] = step * q;
                bounds[start + i] = Math.abs(step) * 0.5001f + 1e-6f;
            }
        }
        byte[] ql = new byte[128];
        byte[] qh = new byte[64];
        for (int i = 0; i < 256; i++) {
            int half = i / 128;
            int k = i % 128 / 32;
            int l = i % 32;
            int low = u[i] & 0xF;
            int qlIndex = 64 * half + l + (k % 2 == 1 ? 32 : 0);
            ql[qlIndex] |= (byte) (k < 2 ? low : low << 4);
            qh[32 * half + l] |= (byte) ((u[i] >> 4) << (2 * k));
        }
        out.put(ql).put(qh);
        for (int s = 0; s < 16; s++) {
            out.put((byte) sc[s]);
        }
        out.putShort(dh);
    }
}

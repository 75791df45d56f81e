package io.neurograph.engine.capsule.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GgmlDequantizerTest {
    private static final int COLUMNS = 512;
    private static final int ROWS = 6;

    @TempDir
    Path dir;

    /**
     * Random floats → reference quantizer → GgufWriter → GgufReader → GgmlDequantizer: the decoded
     * floats are bit-for-bit the values the quantizer meant, and within its error bound of the input.
     */
    @ParameterizedTest
    @EnumSource(names = {"F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q4_K", "Q6_K"})
    void decodesWhatTheReferenceQuantizerWrote(GgmlType type) {
        float[] input = sampleRows(new Random(17 + type.id()));
        ReferenceQuantizer.Quantized quantized = ReferenceQuantizer.quantize(type, input);
        Map<String, GgufValue> metadata = new LinkedHashMap<>();
        metadata.put("general.architecture", GgufValue.string("test"));
        ReferenceQuantizer.Quantized zeros = ReferenceQuantizer.quantize(type, new float[COLUMNS]);
        Path file = dir.resolve(type + ".gguf");
        GgufWriter.write(file, metadata, List.of(
                new GgufWriter.Tensor("first", new long[] {COLUMNS, ROWS}, type, GgufWriter.TensorBytes.of(quantized.bytes())),
                new GgufWriter.Tensor("zeros", new long[] {COLUMNS}, type, GgufWriter.TensorBytes.of(zeros.bytes()))));

        GgufFile gguf = GgufReader.read(file);
        GgufTensorInfo tensor = gguf.tensors().getFirst();
        assertThat(tensor.type()).isEqualTo(type);
        assertThat(tensor.shape()).containsExactly(ROWS, COLUMNS);
        float[] decoded = GgmlDequantizer.dequantize(gguf, tensor);

        assertThat(bits(decoded)).isEqualTo(bits(quantized.values()));
        for (int i = 0; i < input.length; i++) {
            float bound = type == GgmlType.F32 ? 0 : quantized.bounds()[i];
            assertThat(Math.abs(decoded[i] - input[i])).as("%s element %d: %s for %s", type, i, decoded[i], input[i])
                    .isLessThanOrEqualTo(bound);
        }
        float[] decodedZeros = GgmlDequantizer.dequantize(gguf, gguf.tensors().get(1));
        assertThat(bits(decodedZeros)).isEqualTo(bits(zeros.values()));
        for (float zero : decodedZeros) {
            assertThat(zero == 0).isTrue();          // −0.0 where the stored scale is −0.0, as in ggml
        }
    }

    /** Rows of Gaussian noise at scales from 1e-3 to 1e2 (F16 stays finite), plus rows that are zero, positive, negative or spiky. */
    private static float[] sampleRows(Random random) {
        float[] x = new float[COLUMNS * ROWS];
        for (int i = 0; i < x.length; i++) {
            int row = i / COLUMNS;
            float scale = (float) Math.pow(10, (i / 64) % 6 - 3);
            x[i] = switch (row) {
                case 0, 1 -> (float) random.nextGaussian() * scale;
                case 2 -> 0;
                case 3 -> 0.5f + random.nextFloat() * scale;
                case 4 -> -0.5f - random.nextFloat() * scale;
                default -> i % 37 == 0 ? 100 * scale : (float) random.nextGaussian() * 0.01f;
            };
        }
        return x;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    @Test
    void q4_0LowNibblesAreTheFirstHalfOfTheBlock() {
        byte[] block = block(0x00, 0x3C);                       // d = 1.0
        for (int j = 0; j < 16; j++) {
            block[2 + j] = (byte) (j | (15 - j) << 4);
        }
        float[] y = decode(GgmlType.Q4_0, block);

        for (int j = 0; j < 16; j++) {
            assertThat(y[j]).isEqualTo(j - 8);
            assertThat(y[j + 16]).isEqualTo(7 - j);
        }
    }

    @Test
    void q4_1AddsTheMinimum() {
        byte[] block = block(0x00, 0x38, 0x00, 0x3C);           // d = 0.5, m = 1.0
        for (int j = 0; j < 16; j++) {
            block[4 + j] = (byte) (j | (15 - j) << 4);
        }
        float[] y = decode(GgmlType.Q4_1, block);

        for (int j = 0; j < 16; j++) {
            assertThat(y[j]).isEqualTo(j * 0.5f + 1);
            assertThat(y[j + 16]).isEqualTo((15 - j) * 0.5f + 1);
        }
    }

    @Test
    void q5_0TakesTheFifthBitFromQh() {
        byte[] block = block(0x00, 0x38, 0x01, 0x00, 0x00, 0x80);   // d = 0.5, qh = bits 0 and 31
        block[6] = 0x3F;
        block[6 + 15] = (byte) 0xA5;
        float[] y = decode(GgmlType.Q5_0, block);

        assertThat(y[0]).isEqualTo(7.5f);      // (0xF | 16) − 16
        assertThat(y[16]).isEqualTo(-6.5f);    // 3 − 16, no high bit
        assertThat(y[15]).isEqualTo(-5.5f);    // 5 − 16
        assertThat(y[31]).isEqualTo(5f);       // (0xA | 16) − 16
        assertThat(y[1]).isEqualTo(-8f);       // 0 − 16
    }

    @Test
    void q5_1AddsTheMinimumToFiveBitCodes() {
        byte[] block = block(0x00, 0x3C, 0x00, 0xCC, 0xFF, 0xFF, 0xFF, 0xFF);   // d = 1, m = −16, all high bits
        for (int j = 0; j < 16; j++) {
            block[8 + j] = (byte) 0xFF;
        }
        block[8 + 3] = 0x10;
        float[] y = decode(GgmlType.Q5_1, block);

        assertThat(y[0]).isEqualTo(15f);
        assertThat(y[3]).isEqualTo(0f);        // (0 | 16) − 16
        assertThat(y[19]).isEqualTo(1f);       // (1 | 16) − 16
    }

    @Test
    void q8_0MultipliesSignedCodes() {
        byte[] block = block(0x00, 0x34, 0x80, 0xFF, 0x00, 0x01, 0x7F);   // d = 0.25; −128, −1, 0, 1, 127
        float[] y = decode(GgmlType.Q8_0, block);

        assertThat(y).startsWith(-32f, -0.25f, 0f, 0.25f, 31.75f);
    }

    /** Scales {1,2,3,4,21,37,50,63} and mins {5,6,7,8,17,33,48,62} packed by hand into the 12 bytes. */
    @Test
    void q4_KUnpacksSixBitScalesAndMins() {
        int[] sc = {1, 2, 3, 4, 21, 37, 50, 63};
        int[] m = {5, 6, 7, 8, 17, 33, 48, 62};
        byte[] block = block(0x00, 0x3C, 0x00, 0x38,            // d = 1.0, dmin = 0.5
                0x41, 0x82, 0xC3, 0xC4, 0x45, 0x86, 0xC7, 0xC8, 0x15, 0x15, 0x02, 0xEF);
        block = Arrays.copyOf(block, 144);
        for (int i = 0; i < 128; i++) {
            block[16 + i] = (byte) (i % 16 | (15 - i % 16) << 4);
        }
        float[] y = decode(GgmlType.Q4_K, block);

        assertThat(y[0]).isEqualTo(-2.5f);     // sub-block 0, low nibble 0: 1·0 − 0.5·5
        assertThat(y[33]).isEqualTo(25f);      // sub-block 1, high nibble 14: 2·14 − 0.5·6
        assertThat(y[130]).isEqualTo(33.5f);   // sub-block 4, low nibble 2: 21·2 − 0.5·17
        assertThat(y[170]).isEqualTo(168.5f);  // sub-block 5, high nibble 5: 37·5 − 0.5·33
        assertThat(y[200]).isEqualTo(376f);    // sub-block 6, low nibble 8: 50·8 − 0.5·48
        assertThat(y[255]).isEqualTo(-31f);    // sub-block 7, high nibble 0: 63·0 − 0.5·62
        for (int e = 0; e < 256; e++) {
            int sub = e / 32;
            int l = e % 32;
            int nibble = sub % 2 == 0 ? l % 16 : 15 - l % 16;
            assertThat(y[e]).as("element %d", e).isEqualTo(sc[sub] * nibble - 0.5f * m[sub]);
        }
    }

    @Test
    void q6_KCombinesLowAndHighBitsWithSignedScales() {
        byte[] block = new byte[210];
        block[0] = 0x21;                          // ql[0]: low 1 (element 0), high 2 (element 64)
        block[32] = 0x43;                         // ql[32]: low 3 (element 32), high 4 (element 96)
        block[64] = 0x05;                         // ql[64]: low 5 (element 128)
        block[128] = (byte) 0b11_10_01_00;        // qh[0]: high bits 0, 1, 2, 3 for elements 0, 32, 64, 96
        block[128 + 32] = 0x03;                   // qh[32]: high bits 3 for element 128
        byte[] scales = {2, 1, -3, 0, 4, 0, 5, 0, 7};
        System.arraycopy(scales, 0, block, 192, scales.length);
        block[208] = 0x00;
        block[209] = 0x38;                        // d = 0.5
        float[] y = decode(GgmlType.Q6_K, block);

        assertThat(y[0]).isEqualTo(-31f);         // 0.5·2·(1 − 32)
        assertThat(y[1]).isEqualTo(-32f);         // 0.5·2·(0 − 32)
        assertThat(y[16]).isEqualTo(-16f);        // second sub-block: 0.5·1·(0 − 32)
        assertThat(y[32]).isEqualTo(19.5f);       // 0.5·(−3)·((3 | 1<<4) − 32)
        assertThat(y[64]).isEqualTo(4f);          // 0.5·4·((2 | 2<<4) − 32)
        assertThat(y[96]).isEqualTo(50f);         // 0.5·5·((4 | 3<<4) − 32)
        assertThat(y[128]).isEqualTo(73.5f);      // 0.5·7·((5 | 3<<4) − 32)
    }

    @Test
    void decodesHalfAndBfloat16() {
        assertThat(decode(GgmlType.F16, block(0x00, 0x3C, 0x00, 0xC0, 0x01, 0x00))).containsExactly(1f, -2f, 0x1p-24f);
        assertThat(decode(GgmlType.BF16, block(0x80, 0x3F, 0x00, 0xC0, 0x49, 0x40))).containsExactly(1f, -2f, 3.140625f);
    }

    @Test
    void fillsFloatBuffersOnTheHeapAndOffIt() {
        float[] input = new float[64 * 1024];
        Random random = new Random(5);
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) random.nextGaussian();
        }
        for (GgmlType type : List.of(GgmlType.Q8_0, GgmlType.Q4_K, GgmlType.F16)) {
            ReferenceQuantizer.Quantized quantized = ReferenceQuantizer.quantize(type, input);
            MemorySegment data = MemorySegment.ofArray(quantized.bytes());

            FloatBuffer heap = FloatBuffer.allocate(input.length + 3).position(3);
            GgmlDequantizer.dequantize(type, data, input.length, heap);
            FloatBuffer direct = ByteBuffer.allocateDirect(4 * input.length).asFloatBuffer();
            GgmlDequantizer.dequantize(type, data, input.length, direct);

            assertThat(heap.position()).isEqualTo(input.length + 3);
            assertThat(direct.position()).isEqualTo(input.length);
            float[] fromHeap = new float[input.length];
            heap.get(3, fromHeap);
            float[] fromDirect = new float[input.length];
            direct.get(0, fromDirect);
            assertThat(bits(fromHeap)).as("%s heap", type).isEqualTo(bits(quantized.values()));
            assertThat(bits(fromDirect)).as("%s direct", type).isEqualTo(bits(quantized.values()));
        }
    }

    @Test
    void refusesUnsupportedTypesAndBadLengths() {
        assertThat(GgmlDequantizer.supports(GgmlType.Q2_K)).isFalse();
        assertThat(GgmlDequantizer.supports(GgmlType.Q6_K)).isTrue();
        MemorySegment data = MemorySegment.ofArray(new byte[1024]);
        assertThatThrownBy(() -> GgmlDequantizer.dequantize(GgmlType.Q2_K, data, 256))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Q2_K is not supported");
        assertThatThrownBy(() -> GgmlDequantizer.dequantize(GgmlType.Q8_0, data, 33))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a whole number of Q8_0 blocks");
        assertThatThrownBy(() -> GgmlDequantizer.dequantize(GgmlType.Q8_0, data, 32 * 31))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need 1054 bytes, the data has 1024");
        assertThatThrownBy(() -> GgmlDequantizer.dequantize(GgmlType.F32, data, 256, FloatBuffer.allocate(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not fit");
    }

    /** The given leading bytes, zero-filled to at least one Q8_0 block. */
    private static byte[] block(int... bytes) {
        byte[] block = new byte[Math.max(bytes.length, 34)];
        for (int i = 0; i < bytes.length; i++) {
            block[i] = (byte) bytes[i];
        }
        return block;
    }

    /** Decodes the first block (or, for F16/BF16, the first three elements) of the bytes. */
    private static float[] decode(GgmlType type, byte[] bytes) {
        long elements = type.blockSize() == 1 ? 3 : type.blockSize();
        return GgmlDequantizer.dequantize(type, MemorySegment.ofArray(bytes), elements);
    }
}

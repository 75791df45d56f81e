package io.neurograph.engine.capsule.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheHeaderAndTypedMetadataOfTinyGguf() {
        GgufFile gguf = GgufReader.read(TestModels.tinyGguf());

        assertThat(gguf.version()).isEqualTo(3);
        assertThat(gguf.fileSize()).isEqualTo(512);
        assertThat(gguf.alignment()).isEqualTo(32);
        assertThat(gguf.dataStart()).isEqualTo(320);
        assertThat(gguf.metadata().keySet())
                .containsExactly("general.architecture", "test.u32", "test.s", "test.arr", "test.f");
        assertThat(gguf.metadata().get("general.architecture")).isEqualTo(GgufValue.string("llama"));
        assertThat(gguf.metadata().get("test.u32")).isEqualTo(GgufValue.uint32(7));
        assertThat(gguf.metadata().get("test.s")).isEqualTo(GgufValue.string("hi"));
        assertThat(gguf.metadata().get("test.arr")).isEqualTo(GgufValue.array(GgufValueType.INT32,
                List.of(GgufValue.int32(1), GgufValue.int32(2), GgufValue.int32(3))));
        assertThat(gguf.metadata().get("test.f")).isEqualTo(GgufValue.float32(0.5f));
        assertThat(gguf.metadata().get("test.u32").type()).isEqualTo(GgufValueType.UINT32);
        assertThat(gguf.metadata().get("test.u32").asLong()).isEqualTo(7);
        assertThat(gguf.metadata().get("test.f").asDouble()).isEqualTo(0.5);
        assertThat(gguf.metadata().get("test.arr").asList()).extracting(GgufValue::asLong).containsExactly(1L, 2L, 3L);
        assertThat(gguf.architecture()).contains("llama");
    }

    @Test
    void readsTheTensorInfosOfTinyGguf() {
        GgufFile gguf = GgufReader.read(TestModels.tinyGguf());

        assertThat(gguf.tensors()).extracting(GgufTensorInfo::name).containsExactly("t.f32", "t.q8", "t.q4");
        GgufTensorInfo f32 = gguf.tensors().get(0);
        assertThat(f32.type()).isEqualTo(GgmlType.F32);
        assertThat(f32.ne()).containsExactly(3, 2);
        assertThat(f32.shape()).containsExactly(2, 3);
        assertThat(f32.elementCount()).isEqualTo(6);
        assertThat(f32.relativeOffset()).isZero();
        assertThat(f32.absoluteOffset()).isEqualTo(320);
        assertThat(f32.byteSize()).isEqualTo(24);

        GgufTensorInfo q8 = gguf.tensor("t.q8").orElseThrow();
        assertThat(q8.type()).isEqualTo(GgmlType.Q8_0);
        assertThat(q8.ne()).containsExactly(32, 2);
        assertThat(q8.shape()).containsExactly(2, 32);
        assertThat(q8.relativeOffset()).isEqualTo(32);
        assertThat(q8.absoluteOffset()).isEqualTo(352);
        assertThat(q8.byteSize()).isEqualTo(2 * 34);

        GgufTensorInfo q4 = gguf.tensor("t.q4").orElseThrow();
        assertThat(q4.type()).isEqualTo(GgmlType.Q4_0);
        assertThat(q4.ne()).containsExactly(32, 2);
        assertThat(q4.relativeOffset()).isEqualTo(128);
        assertThat(q4.absoluteOffset()).isEqualTo(448);
        assertThat(q4.byteSize()).isEqualTo(2 * 18);
        assertThat(gguf.ggmlLayoutProblem()).isEmpty();
    }

    /**
     * tiny.gguf's quantized tensors hold 64 values that look like 0.1·i (i = 0..63): each
     * dequantized value is within the quantization error of that reference (half a step for Q8_0,
     * one step for Q4_0 whose extreme code is clamped, plus the fp16 rounding of the stored scale,
     * 2^-11 relative, times the largest code), and a few values are checked exactly.
     */
    @Test
    void dequantizesTinyGguf() {
        GgufFile gguf = GgufReader.read(TestModels.tinyGguf());

        assertThat(GgmlDequantizer.dequantize(gguf, gguf.tensors().get(0))).containsExactly(0, 1, 2, 3, 4, 5);

        float[] q8 = GgmlDequantizer.dequantize(gguf, gguf.tensor("t.q8").orElseThrow());
        float q8d0 = Float.float16ToFloat((short) 0x2640);      // first block's scale, 0.0244140625
        float q8d1 = Float.float16ToFloat((short) 0x2A59);
        assertThat(q8[1]).isEqualTo(4 * q8d0);
        assertThat(q8[31]).isEqualTo(127 * q8d0);
        assertThat(q8[63]).isEqualTo(127 * q8d1);
        for (int i = 0; i < 64; i++) {
            float step = i < 32 ? q8d0 : q8d1;
            assertThat(q8[i]).as("q8[%d]", i).isCloseTo(0.1f * i, within(step * (0.5f + 127f / 2048) + 1e-6f));
        }

        float[] q4 = GgmlDequantizer.dequantize(gguf, gguf.tensor("t.q4").orElseThrow());
        float q4d0 = Float.float16ToFloat((short) 0xB633);      // negative: the block's extreme is the largest value
        float q4d1 = Float.float16ToFloat((short) 0xBA4D);
        assertThat(q4[2]).isEqualTo((7 - 8) * q4d0);             // qs[2] = 0x37: low nibble 7 is element 2
        assertThat(q4[18]).isEqualTo((3 - 8) * q4d0);            // its high nibble 3 is element 18
        assertThat(q4[63]).isEqualTo((0 - 8) * q4d1);
        for (int i = 0; i < 64; i++) {
            float step = Math.abs(i < 32 ? q4d0 : q4d1);
            assertThat(q4[i]).as("q4[%d]", i).isCloseTo(0.1f * i, within(step * (1 + 8f / 2048) + 1e-6f));
        }
    }

    @Test
    void readsAnEmptyFileWithOnlyAHeader() {
        GgufFile gguf = GgufReader.read(write(GgufBytes.header(2, 0, 0)));

        assertThat(gguf.version()).isEqualTo(2);
        assertThat(gguf.metadata()).isEmpty();
        assertThat(gguf.tensors()).isEmpty();
        assertThat(gguf.dataStart()).isEqualTo(32);
    }

    @Test
    void acceptsZeroToFourDimensionsAndACustomAlignment() {
        GgufBytes bytes = GgufBytes.header(3, 2, 1).kvU32("general.alignment", 64)
                .tensor("scalar", GgmlType.F32, 0)
                .tensor("four", GgmlType.F16, 64, 2, 1, 1, 3);
        bytes.pad(64).zeros(64 + 12);
        GgufFile gguf = GgufReader.read(write(bytes));

        assertThat(gguf.alignment()).isEqualTo(64);
        assertThat(gguf.dataStart() % 64).isZero();
        assertThat(gguf.tensors().get(0).ne()).isEmpty();
        assertThat(gguf.tensors().get(0).elementCount()).isEqualTo(1);
        assertThat(gguf.tensors().get(1).shape()).containsExactly(3, 1, 1, 2);
        assertThat(gguf.tensors().get(1).byteSize()).isEqualTo(12);
        assertThat(gguf.tensors().get(1).absoluteOffset()).isEqualTo(gguf.dataStart() + 64);
    }

    @Test
    void acceptsGapsAndAnyOrderButReportsThatGgmlWouldNot() {
        GgufBytes bytes = GgufBytes.header(3, 2, 0)
                .tensor("second", GgmlType.F32, 96, 4)
                .tensor("first", GgmlType.F32, 0, 4);
        bytes.pad(32).zeros(128);
        GgufFile gguf = GgufReader.read(write(bytes));

        assertThat(gguf.tensors()).extracting(GgufTensorInfo::relativeOffset).containsExactly(96L, 0L);
        assertThat(gguf.ggmlLayoutProblem()).contains("tensor 'second' has offset 96, expected 0");
    }

    @Test
    void rejectsWhatIsNotGguf() throws IOException {
        assertRejected(GgufBytes.header(3, 0, 0).raw(new byte[8]).bytes(), 0, "xGUF", "not a GGUF file");
        Path tiny = write(new byte[10]);
        assertThatThrownBy(() -> GgufReader.read(tiny)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("10 bytes, too short for a GGUF header");
        byte[] truncated = Arrays.copyOf(Files.readAllBytes(TestModels.tinyGguf()), 100);
        assertThatThrownBy(() -> GgufReader.read(write(truncated))).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsVersionOneBigEndianAndUnknownVersions() {
        assertRejected(GgufBytes.header(1, 0, 0), "GGUF version 1 is not supported");
        assertRejected(GgufBytes.header(Integer.reverseBytes(3), 0, 0), "big-endian GGUF is not supported");
        assertRejected(GgufBytes.header(4, 0, 0), "unsupported GGUF version 4");
        assertRejected(GgufBytes.header(0, 0, 0), "unsupported GGUF version 0");
    }

    @Test
    void rejectsCountsAndLengthsLargerThanTheFile() {
        assertRejected(GgufBytes.header(3, 0, 1L << 62).zeros(64), "metadata count 4611686018427387904 is more than");
        assertRejected(GgufBytes.header(3, -1, 0).zeros(64), "tensor count 18446744073709551615 is more than");
        assertRejected(GgufBytes.header(3, 0, 1).u64(1L << 40).zeros(64), "has length 1099511627776, more than");
        assertRejected(GgufBytes.header(3, 0, 1).str("k").u32(GgufValueType.STRING.id()).u64(-1).zeros(8),
                "value of metadata 'k' has length 18446744073709551615");
        assertRejected(GgufBytes.header(3, 0, 1).str("k").u32(GgufValueType.ARRAY.id())
                .u32(GgufValueType.UINT64.id()).u64(1L << 61).zeros(64), "array of 2305843009213693952 UINT64");
        assertRejected(GgufBytes.header(3, 0, 1).str("k").u32(GgufValueType.ARRAY.id())
                .u32(GgufValueType.STRING.id()).u64(9).zeros(64), "array of 9 STRING");
    }

    @Test
    void rejectsBadMetadata() {
        assertRejected(GgufBytes.header(3, 0, 2).kvU32("a", 1).kvU32("a", 2), "duplicate metadata key 'a'");
        assertRejected(GgufBytes.header(3, 0, 1).str("a").u32(13).u32(0), "metadata 'a' has unknown value type 13");
        assertRejected(GgufBytes.header(3, 0, 1).str("b").u32(GgufValueType.BOOL.id()).u8(2),
                "metadata 'b' has bool value 2");
        assertRejected(GgufBytes.header(3, 0, 1).u64(2).raw(new byte[] {(byte) 0xC3, 0x28}).u32(4).u32(0),
                "key of metadata entry 0 is not valid UTF-8");
        assertRejected(GgufBytes.header(3, 0, 1).str("general.alignment").u32(GgufValueType.UINT64.id()).u64(32),
                "general.alignment must be a UINT32 power of two");
        assertRejected(GgufBytes.header(3, 0, 1).kvU32("general.alignment", 48), "general.alignment must be a UINT32");
        assertRejected(GgufBytes.header(3, 0, 1).kvU32("general.alignment", 0), "general.alignment must be a UINT32");
    }

    @Test
    void quotesNamesFromTheFileOnOneLine() {
        Path file = write(GgufBytes.header(3, 2, 0).tensor("a\nb", GgmlType.F32, 0, 1)
                .tensor("a\nb", GgmlType.F32, 32, 1).pad(32).zeros(64));
        assertThatThrownBy(() -> GgufReader.read(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("duplicate tensor name 'a\\u000ab'").hasMessageNotContaining("\n");
        String longKey = "k".repeat(500);
        Path second = write(GgufBytes.header(3, 0, 2).kvU32(longKey, 1).kvU32(longKey, 2));
        assertThatThrownBy(() -> GgufReader.read(second)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("...(500 chars)'");
    }

    @Test
    void limitsArrayNestingTo64Levels() {
        assertThat(GgufReader.read(write(nestedArrays(64))).metadata().get("deep").type()).isEqualTo(GgufValueType.ARRAY);
        assertRejected(nestedArrays(65), "nests arrays deeper than 64");
    }

    private static GgufBytes nestedArrays(int levels) {
        GgufBytes bytes = GgufBytes.header(3, 0, 1).str("deep").u32(GgufValueType.ARRAY.id());
        for (int level = 1; level < levels; level++) {
            bytes.u32(GgufValueType.ARRAY.id()).u64(1);
        }
        return bytes.u32(GgufValueType.UINT8.id()).u64(1).u8(7);
    }

    @Test
    void rejectsBadTensorInfos() {
        assertRejected(GgufBytes.header(3, 2, 0).tensor("w", GgmlType.F32, 0, 1).tensor("w", GgmlType.F32, 32, 1)
                .pad(32).zeros(64), "duplicate tensor name 'w'");
        assertRejected(GgufBytes.header(3, 1, 0).tensor("w", GgmlType.F32, 0, 1, 1, 1, 1, 1).pad(32).zeros(32),
                "tensor 'w' has 5 dimensions (at most 4");
        assertRejected(GgufBytes.header(3, 1, 0).tensor("w", GgmlType.F32, 0, 2, -2).pad(32).zeros(32),
                "tensor 'w' has negative dimension ne[1]");
        assertRejected(GgufBytes.header(3, 1, 0).tensor("w", GgmlType.Q8_0, 0, 16).pad(32).zeros(64),
                "tensor 'w' of type Q8_0 has ne[0] = 16, not a multiple of the block size 32");
        assertRejected(GgufBytes.header(3, 1, 0).str("w").u32(1).u64(4).u32(4).u64(0).pad(32).zeros(32),
                "tensor 'w' has unknown ggml type 4");
        assertRejected(GgufBytes.header(3, 1, 0).str("v").u32(1).u64(4).u32(99).u64(0).pad(32).zeros(32),
                "tensor 'v' has unknown ggml type 99");
        assertRejected(GgufBytes.header(3, 1, 0).tensor("w", GgmlType.F32, 0, 1L << 32, 1L << 32).pad(32),
                "more elements than a long can count");
        assertRejected(GgufBytes.header(3, 1, 0).tensor("w", GgmlType.F32, 0, 1L << 62).pad(32),
                "larger than a long can count");
    }

    @Test
    void rejectsTensorDataOutsideTheFileMisalignedOrOverlapping() {
        assertRejected(GgufBytes.header(3, 1, 0).tensor("w", GgmlType.F32, 16, 4).pad(32).zeros(64),
                "tensor 'w' has offset 16, not a multiple of the alignment 32");
        assertRejected(GgufBytes.header(3, 1, 0).tensor("w", GgmlType.F32, 0, 9).pad(32).zeros(32),
                "tensor 'w' data (36 bytes at data offset 0");
        assertRejected(GgufBytes.header(3, 1, 0).tensor("w", GgmlType.F32, -32, 1).pad(32).zeros(32),
                "has offset 18446744073709551584");
        assertRejected(GgufBytes.header(3, 2, 0).tensor("a", GgmlType.F32, 0, 16).tensor("b", GgmlType.F32, 32, 8)
                .pad(32).zeros(96), "tensor 'b' data [");
    }

    private Path write(GgufBytes bytes) {
        return write(bytes.bytes());
    }

    private Path write(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(dir, "t", ".gguf"), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertRejected(GgufBytes bytes, String message) {
        Path file = write(bytes);
        assertThatThrownBy(() -> GgufReader.read(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(message);
    }

    /** Overwrites bytes at offset with the ASCII text, then expects the message. */
    private void assertRejected(byte[] bytes, int offset, String text, String message) {
        byte[] copy = bytes.clone();
        System.arraycopy(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, copy, offset, text.length());
        Path file = write(copy);
        assertThatThrownBy(() -> GgufReader.read(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(message);
    }
}

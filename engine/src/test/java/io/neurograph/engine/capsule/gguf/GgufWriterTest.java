package io.neurograph.engine.capsule.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.TestModels;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufWriterTest {
    @TempDir
    Path dir;

    @Test
    void rewritesTinyGgufByteForByte() throws IOException {
        GgufFile tiny = GgufReader.read(TestModels.tinyGguf());
        Path copy = dir.resolve("copy.gguf");

        GgufWriter.write(copy, tiny.version(), tiny.metadata(), tensorsOf(tiny));

        assertThat(Files.mismatch(copy, TestModels.tinyGguf())).isEqualTo(-1);
    }

    @Test
    void writesVersion2AndRewritesItByteForByte() throws IOException {
        Path v2 = dir.resolve("v2.gguf");
        GgufWriter.write(v2, 2, GgufSamples.everyValueType(), sampleTensors());

        GgufFile read = GgufReader.read(v2);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.ggmlLayoutProblem()).isEmpty();
        Path again = dir.resolve("again.gguf");
        GgufWriter.write(again, read.version(), read.metadata(), tensorsOf(read));
        assertThat(Files.mismatch(again, v2)).isEqualTo(-1);

        Path v3 = dir.resolve("v3.gguf");
        GgufWriter.write(v3, read.metadata(), tensorsOf(read));
        byte[] two = Files.readAllBytes(v2);
        byte[] three = Files.readAllBytes(v3);
        assertThat(three[4]).isEqualTo((byte) 3);
        three[4] = 2;
        assertThat(three).isEqualTo(two);      // v2 and v3 differ only in the version field
    }

    @Test
    void everyValueTypeSurvivesAWriteAndRead() {
        Map<String, GgufValue> metadata = GgufSamples.everyValueType();
        Path file = dir.resolve("values.gguf");
        GgufWriter.write(file, metadata, List.of());

        GgufFile read = GgufReader.read(file);

        assertThat(read.metadata().keySet()).containsExactlyElementsOf(metadata.keySet());
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThat(read.metadata().get("t.uint64.max").asLong()).isEqualTo(-1L);
        assertThat(read.metadata().get("t.uint64.max").asDouble()).isEqualTo(0x1p64);
        assertThat(read.metadata().get("t.float32.nanbits")).isEqualTo(new GgufValue.Scalar(GgufValueType.FLOAT32, 0x7FC0_1234L));
        assertThat(read.metadata().get("t.string").asString()).isEqualTo("héllo ✓ 𝄞 \"quoted\"\n");
        assertThat(read.metadata().get("t.array.nested").asList().get(2).asList().getFirst().asList().getFirst().asDouble())
                .isEqualTo(-1.5);
    }

    @Test
    void placesTensorsAtConsecutiveAlignedOffsetsAndPadsTheEnd() {
        Map<String, GgufValue> metadata = new LinkedHashMap<>();
        metadata.put("general.alignment", GgufValue.uint32(64));
        Path file = dir.resolve("aligned.gguf");
        GgufWriter.write(file, metadata, sampleTensors());

        GgufFile read = GgufReader.read(file);
        assertThat(read.alignment()).isEqualTo(64);
        assertThat(read.dataStart() % 64).isZero();
        assertThat(read.tensors()).allSatisfy(tensor -> assertThat(tensor.absoluteOffset() % 64).isZero());
        assertThat(read.ggmlLayoutProblem()).isEmpty();
        GgufTensorInfo last = read.tensors().getLast();
        assertThat(read.fileSize()).isEqualTo(GgufLayout.alignUp(last.endOffset(), 64));
    }

    @Test
    void refusesWhatCannotBeWritten() {
        Path file = dir.resolve("bad.gguf");
        Map<String, GgufValue> none = Map.of();
        assertThatThrownBy(() -> GgufWriter.write(file, 1, none, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("versions 2 and 3");
        assertThatThrownBy(() -> GgufWriter.write(file, Map.of("general.alignment", GgufValue.uint32(24)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("power of two");
        GgufWriter.Tensor a = f32("a", 4);
        assertThatThrownBy(() -> GgufWriter.write(file, none, List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate tensor name 'a'");
        assertThatThrownBy(() -> new GgufWriter.Tensor("q", new long[] {16}, GgmlType.Q8_0, GgufWriter.TensorBytes.of(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a multiple of the block size 32");
        assertThatThrownBy(() -> new GgufWriter.Tensor("d", new long[] {1, 1, 1, 1, 1}, GgmlType.F32, GgufWriter.TensorBytes.of(new byte[4])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 dimensions");
        GgufWriter.Tensor short3 = new GgufWriter.Tensor("s", new long[] {4}, GgmlType.F32, GgufWriter.TensorBytes.of(new byte[12]));
        assertThatThrownBy(() -> GgufWriter.write(file, none, List.of(short3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("wrote 12 bytes instead of 16");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("bad.gguf.part")).doesNotExist();
    }

    @Test
    void streamsTensorDataThroughTheChannel() throws IOException {
        GgufWriter.Tensor big = new GgufWriter.Tensor("big", new long[] {1 << 20}, GgmlType.I8, out -> {
            ByteBuffer chunk = ByteBuffer.allocate(4096);
            for (int i = 0; i < 256; i++) {
                chunk.clear();
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
        });
        Path file = dir.resolve("stream.gguf");
        GgufWriter.write(file, Map.of(), List.of(big));

        assertThat(GgufReader.read(file).tensors().getFirst().byteSize()).isEqualTo(1 << 20);
        assertThat(Files.size(file)).isEqualTo(GgufReader.read(file).dataStart() + (1 << 20));
    }

    static List<GgufWriter.Tensor> tensorsOf(GgufFile file) {
        return file.tensors().stream().map(tensor -> GgufWriter.Tensor.from(file, tensor)).toList();
    }

    /** A few tensors of different types and sizes that leave padding between them. */
    static List<GgufWriter.Tensor> sampleTensors() {
        Random random = new Random(3);
        float[] values = new float[512];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return List.of(
                f32("token_embd.weight", 5, 3),
                quantized("blk.0.attn_q.weight", GgmlType.Q8_0, values, 64, 8),
                quantized("blk.0.ffn_up.weight", GgmlType.Q4_K, values, 256, 2),
                quantized("blk.0.ffn_down.weight", GgmlType.Q6_K, values, 256, 2),
                quantized("output_norm.weight", GgmlType.F16, values, 7));
    }

    private static GgufWriter.Tensor f32(String name, long... ne) {
        long count = 1;
        for (long n : ne) {
            count *= n;
        }
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.25f;
        }
        return quantized(name, GgmlType.F32, values, ne);
    }

    private static GgufWriter.Tensor quantized(String name, GgmlType type, float[] values, long... ne) {
        long count = 1;
        for (long n : ne) {
            count *= n;
        }
        float[] slice = java.util.Arrays.copyOf(values, (int) count);
        return new GgufWriter.Tensor(name, ne, type, GgufWriter.TensorBytes.of(ReferenceQuantizer.quantize(type, slice).bytes()));
    }
}

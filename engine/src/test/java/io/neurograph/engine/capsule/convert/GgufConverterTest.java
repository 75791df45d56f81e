package io.neurograph.engine.capsule.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.cgraph.CapsuleSpec;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.CgraphVerifier;
import io.neurograph.engine.capsule.cgraph.TensorSpec;
import io.neurograph.engine.capsule.gguf.GgmlType;
import io.neurograph.engine.capsule.gguf.GgufFile;
import io.neurograph.engine.capsule.gguf.GgufReader;
import io.neurograph.engine.capsule.gguf.GgufTensorInfo;
import io.neurograph.engine.capsule.gguf.GgufValue;
import io.neurograph.engine.capsule.gguf.GgufValueType;
import io.neurograph.engine.capsule.gguf.GgufWriter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufConverterTest {
    @TempDir
    Path dir;

    @Test
    void tinyGgufRoundTripsByteForByte() throws IOException {
        Path source = TestModels.tinyGguf();
        ConversionResult result = GgufConverter.convert(source, dir.resolve("tiny.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE);

        assertThat(result.manifest().model().sourceFormat()).isEqualTo("gguf");
        assertThat(result.manifest().tensors()).extracting(TensorSpec::dtype)
                .containsExactly("float32", "ggml:q8_0", "ggml:q4_0");
        assertTensorsAndMetadataPreserved(source, result.full());
        Path back = dir.resolve("back.gguf");
        GgufExporter.export(result.mini(), back);
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(source));
        assertThat(CgraphVerifier.verify(result.mini()).ok()).isTrue();
    }

    @Test
    void transformerGgufSplitsIntoEmbeddingsBlocksAndHeadAndRoundTrips() throws IOException {
        Path source = transformerGguf(dir.resolve("model.gguf"));
        ConversionResult result = GgufConverter.convert(source, dir.resolve("model.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE);

        assertThat(result.manifest().capsules()).extracting(CapsuleSpec::name)
                .containsExactly("embeddings", "block.0", "block.1", "head");
        assertThat(result.manifest().capsules().get(1).tensors())
                .containsExactly("blk.0.attn_norm.weight", "blk.0.attn_q.weight");
        assertThat(result.manifest().model().metadata()).containsEntry("architecture", "llama");
        assertTensorsAndMetadataPreserved(source, result.full());
        Path back = dir.resolve("back.gguf");
        GgufExporter.export(result.full(), back);
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(source));
    }

    @Test
    void otherCapsuleModesGroupTheSameTensors() {
        Path source = transformerGguf(dir.resolve("model.gguf"));
        assertThat(capsuleNames(source, new CapsuleMode.Layer(), "layer")).containsExactly("block.0", "block.1");
        assertThat(capsuleNames(source, new CapsuleMode.Count(3), "three")).hasSize(3);
        assertThat(capsuleNames(source, new CapsuleMode.Node(), "node")).hasSize(7).contains("output.weight");
    }

    @Test
    void onnxSourcedCgraphIsNotExportedAsGguf() {
        Path source = TestModels.tinyGguf();
        ConversionResult result = GgufConverter.convert(source, dir.resolve("tiny.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE);
        assertThatThrownBy(() -> GgufExporter.export(dir.resolve("missing.cgraph"), dir.resolve("x.gguf")))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("missing.cgraph");
        assertThat(result.mini()).exists();
    }

    private List<String> capsuleNames(Path source, CapsuleMode mode, String name) {
        return GgufConverter.convert(source, dir.resolve(name + ".cgraph"), mode, ConversionListener.NONE)
                .manifest().capsules().stream().map(CapsuleSpec::name).toList();
    }

    /** Every tensor's bytes in the cgraph equal the GGUF's, and every metadata value comes back with its type. */
    private static void assertTensorsAndMetadataPreserved(Path gguf, Path cgraph) throws IOException {
        GgufFile source = GgufReader.read(gguf);
        try (CgraphFile file = CgraphFile.open(cgraph);
                FileChannel src = FileChannel.open(gguf, StandardOpenOption.READ);
                FileChannel dst = FileChannel.open(cgraph, StandardOpenOption.READ)) {
            CgraphManifest manifest = file.manifest();
            for (GgufTensorInfo t : source.tensors()) {
                TensorSpec spec = manifest.tensor(t.name());
                assertThat(spec.length()).isEqualTo(t.byteSize());
                assertThat(spec.offset() % 4096).isZero();
                assertThat(read(dst, spec.offset(), spec.length())).isEqualTo(read(src, t.absoluteOffset(), t.byteSize()));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> keyValues = (Map<String, Object>) manifest.model().metadata().get(GgufConverter.KEY_VALUES);
            assertThat(keyValues.keySet()).containsExactlyElementsOf(source.metadata().keySet());
            source.metadata().forEach((key, value) ->
                    assertThat(GgufValue.fromJsonValue(keyValues.get(key))).as(key).isEqualTo(value));
        }
    }

    private static byte[] read(FileChannel channel, long offset, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        while (buffer.hasRemaining()) {
            channel.read(buffer, offset + buffer.position());
        }
        return buffer.array();
    }

    /** A small llama-shaped GGUF with every metadata kind and several tensor types. */
    private static Path transformerGguf(Path file) {
        Map<String, GgufValue> metadata = new LinkedHashMap<>();
        metadata.put("general.architecture", GgufValue.string("llama"));
        metadata.put("general.name", GgufValue.string("test-llama"));
        metadata.put("llama.block_count", GgufValue.uint32(2));
        metadata.put("test.u64", GgufValue.uint64(0x8000_0000_0000_0001L));
        metadata.put("test.nan", GgufValue.float32(Float.intBitsToFloat(0x7fc0_0001)));
        metadata.put("test.f64", GgufValue.float64(-0.0));
        metadata.put("test.flag", GgufValue.bool(true));
        metadata.put("tokenizer.ggml.tokens", GgufValue.array(GgufValueType.STRING,
                List.of(GgufValue.string("<s>"), GgufValue.string("hé"), GgufValue.string(""))));
        metadata.put("test.nested", GgufValue.array(GgufValueType.ARRAY, List.of(
                GgufValue.array(GgufValueType.INT8, List.of(GgufValue.int8(-1), GgufValue.int8(2))))));
        Random random = new Random(7);
        List<GgufWriter.Tensor> tensors = new ArrayList<>();
        tensors.add(tensor("token_embd.weight", GgmlType.Q8_0, new long[] {64, 8}, random));
        tensors.add(tensor("output.weight", GgmlType.Q6_K, new long[] {256, 2}, random));
        tensors.add(tensor("blk.0.attn_norm.weight", GgmlType.F32, new long[] {64}, random));
        tensors.add(tensor("blk.0.attn_q.weight", GgmlType.Q4_K, new long[] {256, 3}, random));
        tensors.add(tensor("blk.1.attn_norm.weight", GgmlType.BF16, new long[] {64}, random));
        tensors.add(tensor("blk.1.attn_q.weight", GgmlType.F16, new long[] {64, 4}, random));
        tensors.add(tensor("output_norm.weight", GgmlType.F32, new long[] {64}, random));
        GgufWriter.write(file, metadata, tensors);
        return file;
    }

    private static GgufWriter.Tensor tensor(String name, GgmlType type, long[] ne, Random random) {
        long elements = 1;
        for (long d : ne) {
            elements *= d;
        }
        byte[] bytes = new byte[(int) type.bytesFor(elements)];
        random.nextBytes(bytes);
        return new GgufWriter.Tensor(name, ne, type, GgufWriter.TensorBytes.of(bytes));
    }
}

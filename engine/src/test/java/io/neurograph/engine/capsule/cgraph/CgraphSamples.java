package io.neurograph.engine.capsule.cgraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/** Sample .cgraph files for the tests, and low-level edits of their bytes. */
final class CgraphSamples {
    static final ModelInfo MODEL = new ModelInfo("sample", "onnx", "sample.onnx", 1234, "ab".repeat(32),
            Map.of("opset", 17L, "producer", "test", "dims", List.of(1L, 2L)));
    static final ConversionInfo CONVERSION = new ConversionInfo("tiro", "0.1.0", "layer", "2026-01-01T00:00:00Z");
    static final List<ValueSpec> INPUTS = List.of(new ValueSpec("input_ids", "int64", List.of("batch", "seq")));
    static final List<ValueSpec> OUTPUTS = List.of(new ValueSpec("out", "float32", java.util.Arrays.asList(
            "batch", null, 32L)));

    private CgraphSamples() {
    }

    /** The bytes every tensor and graph blob of a sample was written from, by name. */
    static final class Sources {
        final Map<String, byte[]> bytes = new LinkedHashMap<>();
        Path bigFile;
        long bigOffset;
        long bigLength;
    }

    /**
     * Three capsules: embeddings (onnx-model blob, float32 and int64 tensors), block (blob, float16, bool,
     * a large uint8 tensor from a file range, and the shared embedding table), head (no graph; a ggml q8_0
     * block tensor and bfloat16).
     */
    static Sources writeSample(Path out, long bigLength, long seed) {
        Random random = new Random(seed);
        Sources s = new Sources();
        s.bytes.put("graph:0", bytes(random, 1000));
        s.bytes.put("graph:1", bytes(random, 5000));
        s.bytes.put("emb", bytes(random, 64 * 32 * 4));
        s.bytes.put("pos", bytes(random, 16 * 8));
        s.bytes.put("w", bytes(random, 10 * 3 * 2));
        s.bytes.put("mask", bytes(random, 7));
        s.bytes.put("q", bytes(random, 34));
        s.bytes.put("b", bytes(random, 10));
        if (bigLength > 0) {
            s.bigFile = out.resolveSibling(out.getFileName() + ".big-source");
            s.bigOffset = 1000;
            s.bigLength = bigLength;
            byte[] big = bytes(random, (int) (bigLength + 2000));
            write(s.bigFile, big);
            s.bytes.put("big", java.util.Arrays.copyOfRange(big, 1000, (int) (1000 + bigLength)));
        }
        try (CgraphWriter w = CgraphWriter.create(out)) {
            w.beginCapsule("embeddings", "embeddings", INPUTS, List.of(new ValueSpec("h0", "float32", null)),
                    List.of(new NodeSpec("gather", "Gather")), "onnx-model", s.bytes.get("graph:0"));
            w.addTensor("emb", "float32", List.of(64L, 32L), 64 * 32 * 4, TensorSource.of(s.bytes.get("emb")));
            w.addTensor("pos", "int64", List.of(16L), 16 * 8, TensorSource.of(s.bytes.get("pos")));
            w.endCapsule();
            w.beginCapsule("block0", "block", List.of(new ValueSpec("h0", "float32", null)),
                    List.of(new ValueSpec("h1", "float32", null)),
                    List.of(new NodeSpec("mm", "MatMul"), new NodeSpec(null, "Add")), "onnx-model",
                    s.bytes.get("graph:1"));
            w.addTensor("w", "float16", List.of(10L, 3L), 60, TensorSource.of(s.bytes.get("w")));
            w.addTensor("mask", "bool", List.of(7L), 7, TensorSource.of(s.bytes.get("mask")));
            if (bigLength > 0) {
                w.addTensor("big", "uint8", List.of(bigLength), bigLength,
                        TensorSource.ofFileRange(s.bigFile, s.bigOffset, bigLength));
            }
            w.useTensor("emb");
            w.endCapsule();
            w.beginCapsule("head", "head", List.of(new ValueSpec("h1", "float32", null)), OUTPUTS, List.of(),
                    "none", null);
            w.addTensor("q", "ggml:q8_0", List.of(32L), 34, TensorSource.of(s.bytes.get("q")));
            w.addTensor("b", "bfloat16", List.of(5L), 10, TensorSource.of(s.bytes.get("b")));
            w.endCapsule();
            w.finish(MODEL, CONVERSION, INPUTS, OUTPUTS);
        }
        return s;
    }

    static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static String crc(byte[] b) {
        CRC32C c = new CRC32C();
        c.update(b);
        return Checksums.hex(c);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long headerLong(byte[] file, int at) {
        return ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getLong(at);
    }

    static int headerInt(byte[] file, int at) {
        return ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
    }

    /** Recomputes the header CRC after a test changed header bytes 0..59. */
    static void fixHeaderCrc(byte[] file) {
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(60, Checksums.crc32c(file, 0, 60));
    }

    /**
     * Replaces the manifest with {@code json} at the same offset, fixing manifest length, manifest CRC,
     * total length and header CRC, so the edit reaches the manifest validation.
     */
    static byte[] withManifest(byte[] file, byte[] json) {
        int offset = (int) headerLong(file, 16);
        byte[] out = java.util.Arrays.copyOf(file, offset + json.length);
        System.arraycopy(json, 0, out, offset, json.length);
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(24, json.length);
        b.putInt(32, Checksums.crc32c(json, 0, json.length));
        b.putLong(40, out.length);
        fixHeaderCrc(out);
        return out;
    }

    static byte[] manifestBytes(byte[] file) {
        int offset = (int) headerLong(file, 16);
        int length = (int) headerLong(file, 24);
        return java.util.Arrays.copyOfRange(file, offset, offset + length);
    }

    /** Applies a JSON tree edit to the manifest of {@code file} in place. */
    static void editManifest(Path file, Consumer<ObjectNode> edit) {
        ObjectMapper mapper = new ObjectMapper();
        byte[] bytes = read(file);
        try {
            ObjectNode root = (ObjectNode) mapper.readTree(manifestBytes(bytes));
            edit.accept(root);
            write(file, withManifest(bytes, mapper.writeValueAsBytes(root)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

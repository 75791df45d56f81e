package io.neurograph.tiro.ui.capsules;

import io.neurograph.engine.capsule.cgraph.CgraphWriter;
import io.neurograph.engine.capsule.cgraph.ConversionInfo;
import io.neurograph.engine.capsule.cgraph.ModelInfo;
import io.neurograph.engine.capsule.cgraph.NodeSpec;
import io.neurograph.engine.capsule.cgraph.TensorSource;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import io.neurograph.engine.capsule.gguf.GgmlType;
import io.neurograph.engine.capsule.gguf.GgufValue;
import io.neurograph.engine.capsule.gguf.GgufWriter;
import io.neurograph.engine.capsule.onnx.OnnxDataType;
import io.neurograph.engine.capsule.proto.ProtoWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small model files written through the engine's own writers, as the converter would write them. */
final class SampleModels {
    private SampleModels() {
    }

    /**
     * Three capsules: embeddings (Gather; emb float32 [64, 32], pos int64 [16]), block0 (MatMul, Add, Relu;
     * w float16 [10, 3] and the shared emb) and head (no nodes, no tensors).
     */
    static Path cgraph(Path out) {
        ValueSpec ids = new ValueSpec("input_ids", "int64", List.of("batch", "seq"));
        ValueSpec h0 = new ValueSpec("h0", "float32", null);
        ValueSpec h1 = new ValueSpec("h1", "float32", null);
        ValueSpec logits = new ValueSpec("logits", "float32", List.of("batch", 32L));
        try (CgraphWriter w = CgraphWriter.create(out)) {
            w.beginCapsule("embeddings", "embeddings", List.of(ids), List.of(h0),
                    List.of(new NodeSpec("gather", "Gather")), "none", null);
            w.addTensor("emb", "float32", List.of(64L, 32L), 64 * 32 * 4, TensorSource.of(new byte[64 * 32 * 4]));
            w.addTensor("pos", "int64", List.of(16L), 16 * 8, TensorSource.of(new byte[16 * 8]));
            w.endCapsule();
            w.beginCapsule("block0", "block", List.of(h0), List.of(h1), List.of(new NodeSpec("mm", "MatMul"),
                    new NodeSpec("add", "Add"), new NodeSpec("relu", "Relu")), "none", null);
            w.addTensor("w", "float16", List.of(10L, 3L), 60, TensorSource.of(new byte[60]));
            w.useTensor("emb");
            w.endCapsule();
            w.beginCapsule("head", "head", List.of(h1), List.of(logits), List.of(), "none", null);
            w.endCapsule();
            w.finish(new ModelInfo("sample", "onnx", "sample.onnx", 1234, "ab".repeat(32), Map.of()),
                    new ConversionInfo("tiro", "0.1.0", "layer", "2026-01-01T00:00:00Z"), List.of(ids),
                    List.of(logits));
        }
        return out;
    }

    /**
     * An ONNX source built field by field: graph "tiny" with a named MatMul and an unnamed Relu, and one
     * float32 [2, 2] initializer "W" (input "x" [1, 2], output "y").
     */
    static Path onnx(Path out) {
        ProtoWriter matMul = new ProtoWriter().stringField(1, "x").stringField(1, "W").stringField(2, "h")
                .stringField(3, "mm").stringField(4, "MatMul");
        ProtoWriter relu = new ProtoWriter().stringField(1, "h").stringField(2, "y").stringField(4, "Relu");
        ProtoWriter weights = new ProtoWriter().varintField(1, 2).varintField(1, 2)
                .varintField(2, OnnxDataType.FLOAT.code()).stringField(8, "W").bytesField(9, new byte[16]);
        ProtoWriter graph = new ProtoWriter().messageField(1, matMul).messageField(1, relu).stringField(2, "tiny")
                .messageField(5, weights).messageField(11, valueInfo("x")).messageField(12, valueInfo("y"));
        byte[] model = new ProtoWriter().varintField(1, 8).stringField(2, "tiro-test").messageField(7, graph)
                .messageField(8, new ProtoWriter().varintField(2, 17)).toByteArray();
        try {
            return Files.write(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A float32 [1, 2] value (ValueInfoProto → TypeProto → Tensor → shape). */
    private static ProtoWriter valueInfo(String name) {
        ProtoWriter shape = new ProtoWriter().messageField(1, new ProtoWriter().varintField(1, 1))
                .messageField(1, new ProtoWriter().varintField(1, 2));
        ProtoWriter tensor = new ProtoWriter().varintField(1, OnnxDataType.FLOAT.code()).messageField(2, shape);
        return new ProtoWriter().stringField(1, name).messageField(2, new ProtoWriter().messageField(1, tensor));
    }

    /** A GGUF source with two float32 tensors and its architecture "tiny". */
    static Path gguf(Path out) {
        GgufWriter.write(out, Map.of("general.architecture", GgufValue.string("tiny")), List.of(
                new GgufWriter.Tensor("tok_embd", new long[] {4, 8}, GgmlType.F32,
                        GgufWriter.TensorBytes.of(new byte[4 * 8 * 4])),
                new GgufWriter.Tensor("out", new long[] {4}, GgmlType.F32, GgufWriter.TensorBytes.of(new byte[16]))));
        return out;
    }
}

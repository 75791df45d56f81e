package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.CgraphWriter;
import io.neurograph.engine.capsule.cgraph.ConversionInfo;
import io.neurograph.engine.capsule.cgraph.MiniCgraph;
import io.neurograph.engine.capsule.cgraph.ModelInfo;
import io.neurograph.engine.capsule.cgraph.NodeSpec;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.onnx.CapsulePlan;
import io.neurograph.engine.capsule.onnx.ExternalInitializer;
import io.neurograph.engine.capsule.onnx.OnnxDataType;
import io.neurograph.engine.capsule.onnx.OnnxDim;
import io.neurograph.engine.capsule.onnx.OnnxModel;
import io.neurograph.engine.capsule.onnx.OnnxModelWriter;
import io.neurograph.engine.capsule.onnx.OnnxNode;
import io.neurograph.engine.capsule.onnx.OnnxPartitioner;
import io.neurograph.engine.capsule.onnx.OnnxReader;
import io.neurograph.engine.capsule.onnx.OnnxTensor;
import io.neurograph.engine.capsule.onnx.OnnxValueInfo;
import io.neurograph.engine.capsule.onnx.TensorData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Converts an ONNX model into a full {@code .cgraph} file and its mini file. Everything streams: the source
 * is hashed in 1 MiB chunks, its structure is parsed without the weights, and each tensor is copied from the
 * source straight into the output, so the heap never holds more than one chunk of weights. The source is
 * only ever opened for reading. On failure or cancellation no output file is left behind.
 */
public final class OnnxConverter {
    private static final String TOOL = "tiro";
    private static final int CHUNK = 1 << 20;

    private OnnxConverter() {
    }

    /**
     * Converts {@code onnx} into {@code outFull} (which must end in {@code .cgraph}) and writes the mini file
     * next to it ({@code .cgraph} replaced by {@code .mini.cgraph}).
     *
     * @throws ModelFormatException if the model cannot be read or converted
     * @throws CancellationException if the listener cancelled or the thread was interrupted
     */
    public static ConversionResult convert(Path onnx, Path outFull, CapsuleMode mode, ConversionListener listener) {
        long start = System.nanoTime();
        ConversionSteps.refuseToOverwriteSource(onnx, outFull, ConversionSteps.miniPath(outFull));
        String sha256 = ConversionSteps.sha256(onnx, listener);
        OnnxModel model = OnnxReader.read(onnx);
        List<CapsulePlan> plans = OnnxPartitioner.partition(model, mode);
        Map<String, OnnxTensor> initializers = new HashMap<>();
        for (OnnxTensor t : model.graph().initializers()) {
            initializers.put(t.name(), t);
        }
        long total = totalWeightBytes(onnx, plans, initializers);
        CgraphManifest manifest;
        long written = 0;
        try (CgraphWriter writer = CgraphWriter.create(outFull)) {
            Set<String> stored = new HashSet<>();
            String location = outFull.getFileName().toString();
            for (CapsulePlan plan : plans) {
                ConversionSteps.checkCancelled(listener);
                byte[] blob = capsuleModel(model, plan, initializers, location);
                writer.beginCapsule(plan.name(), plan.kind(), OnnxSpecs.valueSpecs(plan.inputs()), OnnxSpecs.valueSpecs(plan.outputs()),
                        nodeSpecs(plan.nodes()), "onnx-model", blob);
                written += blob.length;
                for (String name : plan.initializers()) {
                    if (!stored.add(name)) {
                        writer.useTensor(name);
                        continue;
                    }
                    OnnxTensor t = initializers.get(name);
                    TensorData data = t.data();
                    writer.addTensor(name, t.dataType().dtypeName(), shape(t.dims()), data.byteLength(),
                            data::writeTo);
                    written += data.byteLength();
                    listener.progress("weights", written, total);
                    ConversionSteps.checkCancelled(listener);
                }
                writer.endCapsule();
            }
            ConversionSteps.checkCancelled(listener);
            manifest = writer.finish(modelInfo(onnx, model, sha256), ConversionSteps.conversionInfo(mode),
                    OnnxSpecs.valueSpecs(graphInputs(model, initializers)), OnnxSpecs.valueSpecs(model.graph().outputs()));
        }
        return ConversionSteps.finishWithMini(outFull, manifest, listener, start);
    }

    /** Sum of the distinct tensors' bytes; rejects initializers that have no raw bytes to store. */
    private static long totalWeightBytes(Path onnx, List<CapsulePlan> plans, Map<String, OnnxTensor> initializers) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (CapsulePlan plan : plans) {
            for (String name : plan.initializers()) {
                OnnxTensor t = initializers.get(name);
                if (t == null) {
                    throw new ModelFormatException(onnx, "capsule '" + plan.name() + "' needs initializer '" + name
                            + "', which the graph does not have");
                }
                if (t.dataType() == null || t.dataType() == OnnxDataType.STRING) {
                    throw new ModelFormatException(onnx, "initializer '" + name + "' has data type "
                            + (t.dataType() == null ? "undefined" : "STRING") + ", which cannot be stored as raw bytes");
                }
                if (seen.add(name)) {
                    total = Math.addExact(total, t.data().byteLength());
                }
            }
        }
        return total;
    }

    /** The capsule's ONNX model; its initializers are external and named like the tensor table entries. */
    private static byte[] capsuleModel(OnnxModel model, CapsulePlan plan, Map<String, OnnxTensor> initializers,
            String location) {
        List<ExternalInitializer> externals = new ArrayList<>();
        for (String name : plan.initializers()) {
            OnnxTensor t = initializers.get(name);
            // location/offset are informational: the runtime feeds every initializer by name from the map
            externals.add(new ExternalInitializer(name, t.dataType(), t.dims(), location, 0, t.data().byteLength()));
        }
        return OnnxModelWriter.capsuleModel(model, plan.name(), plan.nodes(), plan.inputs(), plan.outputs(),
                OnnxPartitioner.internalValueInfo(model, plan), externals);
    }

    private static List<OnnxValueInfo> graphInputs(OnnxModel model, Map<String, OnnxTensor> initializers) {
        // before IR 4 initializers were also listed as graph inputs; they are weights, not user inputs
        return model.graph().inputs().stream().filter(v -> !initializers.containsKey(v.name())).toList();
    }

    private static ModelInfo modelInfo(Path onnx, OnnxModel model, String sha256) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("ir_version", model.irVersion());
        List<Map<String, Object>> opsets = new ArrayList<>();
        model.opsetImports().forEach(o -> opsets.add(Map.of("domain", o.domain(), "version", o.version())));
        metadata.put("opset_imports", opsets);
        metadata.put("producer_name", model.producerName());
        metadata.put("producer_version", model.producerVersion());
        metadata.put("domain", model.domain());
        metadata.put("model_version", model.modelVersion());
        metadata.put("doc_string", model.docString());
        metadata.put("graph_name", model.graph().name());
        metadata.put("metadata_props", model.metadataProps());
        String file = onnx.getFileName().toString();
        String name = file.endsWith(".onnx") ? file.substring(0, file.length() - ".onnx".length()) : file;
        return new ModelInfo(name, "onnx", file, model.fileSize(), sha256, metadata);
    }

    private static List<NodeSpec> nodeSpecs(List<OnnxNode> nodes) {
        return nodes.stream().map(n -> new NodeSpec(n.name(), n.opType())).toList();
    }

    private static List<Long> shape(long[] dims) {
        List<Long> shape = new ArrayList<>(dims.length);
        for (long d : dims) {
            shape.add(d);
        }
        return shape;
    }
}

package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.CgraphWriter;
import io.neurograph.engine.capsule.cgraph.ModelInfo;
import io.neurograph.engine.capsule.cgraph.NodeSpec;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.onnx.CapsulePlan;
import io.neurograph.engine.capsule.onnx.ExternalInitializer;
import io.neurograph.engine.capsule.onnx.OnnxDataType;
import io.neurograph.engine.capsule.onnx.OnnxModel;
import io.neurograph.engine.capsule.onnx.OnnxModelWriter;
import io.neurograph.engine.capsule.onnx.OnnxNode;
import io.neurograph.engine.capsule.onnx.OnnxPartitioner;
import io.neurograph.engine.capsule.onnx.OnnxReader;
import io.neurograph.engine.capsule.onnx.OnnxTensor;
import io.neurograph.engine.capsule.onnx.OnnxValueInfo;
import io.neurograph.engine.capsule.onnx.TensorData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Converts an ONNX model into a full {@code .cgraph} file and its mini file. Everything streams: the source
 * is hashed in 1 MiB chunks, its structure is parsed without the weights, and each tensor is copied from the
 * source straight into the output, so the heap never holds more than one chunk of weights. Values passed
 * between capsules get the shapes ONNX Runtime infers for them ({@link BoundaryShapes}). The source is only
 * ever opened for reading. On failure or cancellation no output file is left behind.
 */
public final class OnnxConverter {
    /**
     * The external-data location written into capsule graphs. Never read: the runtime supplies every
     * initializer by name from the mapped full file. But ORT 1.29 checks that the location of a model loaded
     * from bytes exists below the configured folder (the runtime configures the full file's folder), so it is
     * "." - that folder itself - which stays valid when the full file is renamed.
     */
    private static final String EXTERNAL_LOCATION = ".";

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
        return ConversionSteps.convert(onnx, outFull, listener, () -> writeFull(onnx, outFull, mode, listener));
    }

    private static CgraphManifest writeFull(Path onnx, Path outFull, CapsuleMode mode, ConversionListener listener) {
        OnnxModel model = OnnxReader.read(onnx);     // a malformed file fails here, before the hash reads it all
        String sha256 = ConversionSteps.sha256(onnx, listener);
        Map<String, OnnxTensor> initializers = new HashMap<>();
        for (OnnxTensor t : model.graph().initializers()) {
            initializers.put(t.name(), t);
        }
        List<CapsulePlan> plans = OnnxPartitioner.partition(model, mode);
        long total = totalWeightBytes(onnx, plans, initializers);
        List<OnnxValueInfo> inputs = model.graph().userInputs();
        ConversionSteps.checkCancelled(listener);
        listener.progress("shapes", 0, 1);
        plans = BoundaryShapes.infer(model, plans, initializers, inputs);
        listener.progress("shapes", 1, 1);
        long weightsWritten = 0;
        try (CgraphWriter writer = CgraphWriter.create(outFull)) {
            Set<String> stored = new HashSet<>();
            for (CapsulePlan plan : plans) {
                ConversionSteps.checkCancelled(listener);
                byte[] blob = capsuleModel(model, plan, initializers);
                writer.beginCapsule(plan.name(), plan.kind(), OnnxSpecs.valueSpecs(plan.inputs()),
                        OnnxSpecs.valueSpecs(plan.outputs()), nodeSpecs(plan.nodes()), "onnx-model", blob);
                for (String name : plan.initializers()) {
                    if (!stored.add(name)) {
                        writer.useTensor(name);
                        continue;
                    }
                    OnnxTensor t = initializers.get(name);
                    TensorData data = t.data();
                    writer.addTensor(name, t.dataType().dtypeName(), shape(t.dims()), data.byteLength(),
                            data::writeTo);
                    weightsWritten += data.byteLength();
                    listener.progress("weights", weightsWritten, total);
                    ConversionSteps.checkCancelled(listener);
                }
                writer.endCapsule();
            }
            ConversionSteps.checkCancelled(listener);
            return writer.finish(modelInfo(onnx, model, sha256), ConversionSteps.conversionInfo(mode),
                    OnnxSpecs.valueSpecs(inputs), OnnxSpecs.valueSpecs(model.graph().outputs()));
        }
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
    private static byte[] capsuleModel(OnnxModel model, CapsulePlan plan, Map<String, OnnxTensor> initializers) {
        List<ExternalInitializer> externals = new ArrayList<>();
        for (String name : plan.initializers()) {
            OnnxTensor t = initializers.get(name);
            externals.add(new ExternalInitializer(name, t.dataType(), t.dims(), EXTERNAL_LOCATION, 0,
                    t.data().byteLength()));
        }
        return OnnxModelWriter.capsuleModel(model, plan.name(), plan.nodes(), plan.inputs(), plan.outputs(),
                OnnxPartitioner.internalValueInfo(model, plan), externals);
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

package io.neurograph.engine.capsule.convert;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.neurograph.engine.capsule.onnx.CapsulePlan;
import io.neurograph.engine.capsule.onnx.ExternalInitializer;
import io.neurograph.engine.capsule.onnx.OnnxDim;
import io.neurograph.engine.capsule.onnx.OnnxModel;
import io.neurograph.engine.capsule.onnx.OnnxModelWriter;
import io.neurograph.engine.capsule.onnx.OnnxTensor;
import io.neurograph.engine.capsule.onnx.OnnxValueInfo;
import io.neurograph.engine.capsule.onnx.TensorData;
import io.neurograph.engine.capsule.runtime.ElementType;
import io.neurograph.engine.capsule.runtime.NativeStack;
import io.neurograph.engine.capsule.runtime.OrtThreading;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shapes of the values passed between capsules: what ONNX Runtime knows about them after optimising the
 * whole source graph.
 *
 * <p>Why: models like MiniLM carry no value_info, so a capsule's inputs would have unknown rank; ORT then
 * knows less inside each capsule than inside the original graph and skips shape-dependent fusions (BiasGelu
 * in every MiniLM fp32 block). With the shapes ORT itself inferred for the optimised original, each capsule
 * is optimised exactly like its part of the original (same fused ops), and MiniLM fp32 and int8 capsules
 * give bit-identical outputs. Deliberately not more: declaring named dims such as [batch_size,
 * sequence_length, 384] everywhere (as observed by running the model) let ORT also fuse
 * SkipLayerNormalization, which the original does not get: about 10 % faster than shape-less capsules, but
 * no longer identical to the original model - 4e-6 off in fp32 and 0.24 in int8, where dynamic activation
 * quantisation amplifies any rounding difference.
 *
 * <p>How: one session over the whole graph with the boundary values as extra outputs, weights as mapped
 * slices of the source file (never the heap), prepacking off; its output infos are read, nothing is run.
 * Shapes are an optimisation: if ORT cannot load the model (custom ops, types its Java API cannot wrap),
 * the capsules keep the partitioner's shapes and conversion goes on.
 */
final class BoundaryShapes {
    private BoundaryShapes() {
    }

    /** The plans with every shape-less boundary value given ORT's inferred shape, where ORT could infer one. */
    static List<CapsulePlan> infer(OnnxModel model, List<CapsulePlan> plans, Map<String, OnnxTensor> initializers,
            List<OnnxValueInfo> graphInputs) {
        Map<String, OnnxValueInfo> unshaped = new LinkedHashMap<>();
        for (CapsulePlan plan : plans) {
            for (OnnxValueInfo v : plan.outputs()) {
                if (v.shape() == null && v.elemType() != null) {
                    unshaped.put(v.name(), v);
                }
            }
        }
        if (unshaped.isEmpty()) {
            return plans;
        }
        Map<String, List<OnnxDim>> shapes;
        try {
            shapes = probe(model, initializers, graphInputs, List.copyOf(unshaped.values()));
        } catch (OrtException | IOException | RuntimeException e) {
            return plans; // ORT cannot load this model: it cannot run it either, the shapes would not matter
        }
        List<CapsulePlan> shaped = new ArrayList<>(plans.size());
        for (CapsulePlan p : plans) {
            shaped.add(new CapsulePlan(p.index(), p.name(), p.kind(), p.nodes(), withShapes(p.inputs(), shapes),
                    withShapes(p.outputs(), shapes), p.initializers()));
        }
        return shaped;
    }

    private static List<OnnxValueInfo> withShapes(List<OnnxValueInfo> values, Map<String, List<OnnxDim>> shapes) {
        List<OnnxValueInfo> out = new ArrayList<>(values.size());
        for (OnnxValueInfo v : values) {
            List<OnnxDim> shape = v.shape() == null ? shapes.get(v.name()) : null;
            out.add(shape == null ? v : OnnxValueInfo.tensor(v.name(), v.elemType(), shape));
        }
        return out;
    }

    /** Loads the whole graph with the boundary values as extra outputs and reads their inferred shapes. */
    private static Map<String, List<OnnxDim>> probe(OnnxModel model, Map<String, OnnxTensor> initializers,
            List<OnnxValueInfo> graphInputs, List<OnnxValueInfo> boundary) throws OrtException, IOException {
        List<OnnxValueInfo> outputs = new ArrayList<>(model.graph().outputs());
        for (OnnxValueInfo v : boundary) {
            if (model.graph().outputs().stream().noneMatch(o -> o.name().equals(v.name()))) {
                outputs.add(v);
            }
        }
        Path folder = model.file().toAbsolutePath().getParent();
        String location = model.file().getFileName().toString();
        List<ExternalInitializer> externals = new ArrayList<>();
        for (OnnxTensor t : model.graph().initializers()) {
            externals.add(new ExternalInitializer(t.name(), t.dataType(), t.dims(), location, 0, t.data().byteLength()));
        }
        byte[] probeModel = OnnxModelWriter.capsuleModel(model, model.graph().name(), model.graph().nodes(),
                graphInputs, outputs, model.graph().valueInfo(), externals);

        OrtEnvironment env = OrtThreading.environment();
        List<ai.onnxruntime.OnnxTensor> tensors = new ArrayList<>();
        try (Arena arena = Arena.ofConfined(); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            try {
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT); // as the runtime
                options.setIntraOpNumThreads(1);
                options.addConfigEntry("session.disable_prepacking", "1");
                options.addConfigEntry("session.model_external_initializers_file_folder_path", folder.toString());
                Map<Path, MemorySegment> mapped = new HashMap<>();
                for (OnnxTensor t : initializers.values()) {
                    ai.onnxruntime.OnnxTensor tensor = wrap(env, t, mapped, arena);
                    tensors.add(tensor);
                    options.addInitializer(t.name(), tensor);
                }
                try (OrtSession session = NativeStack.call("probe", () -> env.createSession(probeModel, options))) {
                    Map<String, List<OnnxDim>> shapes = new HashMap<>();
                    for (Map.Entry<String, NodeInfo> e : session.getOutputInfo().entrySet()) {
                        // ORT reports an unknown rank as an empty shape: only ranks >= 1 say something
                        if (e.getValue().getInfo() instanceof TensorInfo info && info.getShape().length > 0) {
                            shapes.put(e.getKey(), dims(info));
                        }
                    }
                    return shapes;
                }
            } finally {
                tensors.forEach(ai.onnxruntime.OnnxTensor::close); // before the arena unmaps their bytes
            }
        }
    }

    /** The tensor's bytes as ORT sees them: a slice of the mapped source file, or a small native copy. */
    private static ai.onnxruntime.OnnxTensor wrap(OrtEnvironment env, OnnxTensor t, Map<Path, MemorySegment> mapped,
            Arena arena) throws OrtException, IOException {
        ElementType type = t.dataType() == null ? null : ElementType.ofDtype(t.dataType().dtypeName());
        if (type == null) {
            throw new IllegalArgumentException("tensor '" + t.name() + "' has a type ORT's Java API cannot wrap");
        }
        ByteBuffer bytes = switch (t.data()) {
            case TensorData.FileRange r -> {
                MemorySegment file = mapped.get(r.file());
                if (file == null) {
                    try (FileChannel ch = FileChannel.open(r.file(), StandardOpenOption.READ)) {
                        file = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
                    }
                    mapped.put(r.file(), file);
                }
                yield file.asSlice(r.offset(), r.length()).asByteBuffer();
            }
            case TensorData.Inline i -> ByteBuffer.allocateDirect(i.bytes().length).put(i.bytes()).flip();
            case TensorData.None n -> ByteBuffer.allocateDirect(0);
        };
        return ai.onnxruntime.OnnxTensor.createTensor(env, bytes.order(ByteOrder.nativeOrder()), t.dims(),
                type.javaType());
    }

    private static List<OnnxDim> dims(TensorInfo info) {
        long[] shape = info.getShape();
        String[] names = info.getDimensionNames();
        List<OnnxDim> dims = new ArrayList<>(shape.length);
        for (int i = 0; i < shape.length; i++) {
            String name = i < names.length ? names[i] : "";
            dims.add(shape[i] >= 0 ? OnnxDim.of(shape[i]) : name.isEmpty() ? OnnxDim.unknown() : OnnxDim.symbolic(name));
        }
        return dims;
    }
}

package io.neurograph.engine.capsule.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a partitioned model the way the capsule runtime will: one ORT session per capsule, created from the
 * capsule's ModelProto bytes (initializers declared external, never present) with every weight supplied via
 * {@code addInitializer} from a direct native-order buffer, outputs of earlier capsules fed to later ones.
 */
final class CapsuleChain implements AutoCloseable {
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final List<CapsulePlan> plans;
    private final List<OrtSession> sessions = new ArrayList<>();
    private final Map<String, ai.onnxruntime.OnnxTensor> weights = new HashMap<>();

    /**
     * ORT 1.29 checks that every external data location exists (inside the model directory, for a model from
     * bytes the configured folder) even for initializers supplied by {@code addInitializer}; its bytes are never
     * read. So an empty {@code weights.bin} is created in {@code folder}.
     */
    CapsuleChain(OnnxModel model, List<CapsulePlan> plans, Path folder) throws OrtException, IOException {
        this.plans = plans;
        Path weightsFile = folder.resolve("weights.bin");
        if (!Files.exists(weightsFile)) {
            Files.createFile(weightsFile);
        }
        Map<String, OnnxTensor> byName = new HashMap<>();
        model.graph().initializers().forEach(t -> byName.put(t.name(), t));
        long offset = 0;
        for (CapsulePlan plan : plans) {
            List<ExternalInitializer> external = new ArrayList<>();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.addConfigEntry("session.model_external_initializers_file_folder_path", folder.toString());
                for (String name : plan.initializers()) {
                    OnnxTensor t = byName.get(name);
                    long length = t.data().byteLength();
                    external.add(new ExternalInitializer(name, t.dataType(), t.dims(), "weights.bin", offset, length));
                    offset += (length + 4095) & ~4095L; // arbitrary, page-aligned like the .cgraph layout
                    options.addInitializer(name, weights.computeIfAbsent(name, n -> ortTensor(t)));
                }
                byte[] bytes = OnnxModelWriter.capsuleModel(model, plan.name(), plan.nodes(), plan.inputs(),
                        plan.outputs(), OnnxPartitioner.internalValueInfo(model, plan), external);
                sessions.add(env.createSession(bytes, options));
            }
        }
    }

    /** Runs all capsules; the returned values (inputs and every capsule output) stay valid until it is closed. */
    Run run(Map<String, ai.onnxruntime.OnnxTensor> inputs) throws OrtException {
        Run run = new Run(new HashMap<>(inputs), new ArrayList<>());
        try {
            for (int c = 0; c < plans.size(); c++) {
                Map<String, OnnxTensorLike> feed = new HashMap<>();
                for (OnnxValueInfo in : plans.get(c).inputs()) {
                    feed.put(in.name(), run.values.get(in.name()));
                }
                OrtSession.Result result = sessions.get(c).run(feed);
                run.results.add(result);
                result.forEach(e -> run.values.put(e.getKey(), (ai.onnxruntime.OnnxTensor) e.getValue()));
            }
            return run;
        } catch (OrtException | RuntimeException e) {
            run.close();
            throw e;
        }
    }

    /** The values of one chain run; closing it frees the capsule outputs. */
    record Run(Map<String, ai.onnxruntime.OnnxTensor> values, List<OrtSession.Result> results)
            implements AutoCloseable {
        float[] floats(String name) {
            return CapsuleChain.floats(values.get(name));
        }

        @Override
        public void close() {
            results.forEach(OrtSession.Result::close);
        }
    }

    static float[] floats(ai.onnxruntime.OnnxTensor tensor) {
        var buffer = tensor.getFloatBuffer();
        float[] out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    private ai.onnxruntime.OnnxTensor ortTensor(OnnxTensor t) {
        byte[] bytes = OnnxModelWriter.bytes(t.data());
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
        direct.put(bytes).flip();
        try {
            return ai.onnxruntime.OnnxTensor.createTensor(env, direct, t.dims(), javaType(t.dataType()));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot wrap initializer " + t.name(), e);
        }
    }

    static OnnxJavaType javaType(OnnxDataType type) {
        return switch (type) {
            case FLOAT -> OnnxJavaType.FLOAT;
            case DOUBLE -> OnnxJavaType.DOUBLE;
            case INT8 -> OnnxJavaType.INT8;
            case UINT8 -> OnnxJavaType.UINT8;
            case INT16 -> OnnxJavaType.INT16;
            case INT32 -> OnnxJavaType.INT32;
            case INT64 -> OnnxJavaType.INT64;
            case BOOL -> OnnxJavaType.BOOL;
            case FLOAT16 -> OnnxJavaType.FLOAT16;
            case BFLOAT16 -> OnnxJavaType.BFLOAT16;
            default -> throw new IllegalArgumentException("no ORT Java type for " + type);
        };
    }

    @Override
    public void close() throws OrtException {
        for (OrtSession s : sessions) {
            s.close();
        }
        weights.values().forEach(ai.onnxruntime.OnnxTensor::close);
    }
}

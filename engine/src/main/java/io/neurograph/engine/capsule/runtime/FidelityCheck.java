package io.neurograph.engine.capsule.runtime;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.neurograph.engine.capsule.ModelFormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How faithfully a converted model reproduces its original: both run on the same generated sample inputs, the
 * original {@code .onnx} on ONNX Runtime directly and the {@code .cgraph} capsule by capsule on
 * {@link CapsuleRuntime}, and every float output is compared element by element (largest absolute difference)
 * and as a whole (cosine of the flattened outputs, the worst sample counts).
 *
 * <p>Sample inputs follow the original's input declarations: batch 1, other free dimensions the sample's
 * sequence length (8, 12, 16, …); integer inputs named like a mask are ones, like token types zeros, like
 * positions 0 … n-1, others ids in [1000, 2000) (inside any text model's vocabulary, clear of special tokens);
 * float inputs are standard normal. Seeded, so a report can be reproduced.
 */
public final class FidelityCheck {
    private FidelityCheck() {
    }

    /**
     * One output's agreement over all samples.
     *
     * @param maxAbsDifference largest |converted − original| over all elements of all samples
     * @param minCosine        the lowest cosine similarity of the two flattened outputs over the samples
     */
    public record OutputFidelity(String name, double maxAbsDifference, double minCosine) {
    }

    /** The comparison of every float output over {@code samples} inputs. */
    public record Report(int samples, List<OutputFidelity> outputs) {
        public Report {
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * Runs {@code original} and its conversion on {@code samples} generated inputs.
     *
     * @param converted the converted model's runtime (mini or full file), opened by the caller, who closes it
     */
    public static Report compare(Path original, CapsuleRuntime converted, int samples, long seed) {
        OrtEnvironment env = OrtThreading.environment();
        Random random = new Random(seed);
        Map<String, double[]> stats = new LinkedHashMap<>();   // name → {max abs, min cosine}
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = env.createSession(original.toString(), options)) {
            for (int i = 0; i < samples; i++) {
                Map<String, TensorValue> inputs = sampleInputs(original, session.getInputInfo(), 8 + 4 * i, random);
                Map<String, float[]> expected = runOriginal(env, session, inputs);
                Map<String, TensorValue> actual = converted.run(inputs).outputs();
                expected.forEach((name, want) -> {
                    TensorValue got = actual.get(name);
                    if (got != null && got.dtype().equals("float32")) {
                        double[] s = stats.computeIfAbsent(name, n -> new double[] {0, 1});
                        float[] have = got.toFloatArray();
                        s[0] = Math.max(s[0], maxAbs(have, want));
                        s[1] = Math.min(s[1], cosine(have, want));
                    }
                });
            }
        } catch (OrtException e) {
            throw new ModelFormatException(original, "cannot be run by ONNX Runtime for the fidelity check: "
                    + e.getMessage());
        }
        List<OutputFidelity> outputs = new ArrayList<>();
        stats.forEach((name, s) -> outputs.add(new OutputFidelity(name, s[0], s[1])));
        return new Report(samples, outputs);
    }

    private static Map<String, TensorValue> sampleInputs(Path model, Map<String, NodeInfo> declared, int length,
            Random random) {
        Map<String, TensorValue> inputs = new LinkedHashMap<>();
        for (NodeInfo node : declared.values()) {
            if (!(node.getInfo() instanceof TensorInfo info)) {
                throw new ModelFormatException(model, "input " + node.getName() + " is not a tensor");
            }
            long[] shape = info.getShape().clone();
            for (int d = 0; d < shape.length; d++) {
                if (shape[d] < 0) {
                    shape[d] = d == 0 && shape.length > 1 ? 1 : length;
                }
            }
            inputs.put(node.getName(), sample(model, node.getName(), info.type, shape, random));
        }
        return inputs;
    }

    private static TensorValue sample(Path model, String name, OnnxJavaType type, long[] shape, Random random) {
        int count = Math.toIntExact(TensorValue.elementCount(shape));
        String lower = name.toLowerCase(Locale.ROOT);
        long last = shape.length == 0 ? 1 : shape[shape.length - 1];
        return switch (type) {
            case FLOAT -> {
                float[] values = new float[count];
                for (int i = 0; i < count; i++) {
                    values[i] = (float) random.nextGaussian();
                }
                yield TensorValue.ofFloats(shape, values);
            }
            case INT64, INT32 -> {
                long[] values = new long[count];
                for (int i = 0; i < count; i++) {
                    values[i] = lower.contains("mask") ? 1 : lower.contains("type") ? 0
                            : lower.contains("position") ? i % last : 1000 + random.nextInt(1000);
                }
                yield type == OnnxJavaType.INT64 ? TensorValue.ofLongs(shape, values) : ints(shape, values);
            }
            default -> throw new ModelFormatException(model, "input " + name + " has the type " + type
                    + ", for which the fidelity check makes no samples");
        };
    }

    private static TensorValue ints(long[] shape, long[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            bytes.putInt((int) v);
        }
        return new TensorValue("int32", shape, bytes.flip());
    }

    private static Map<String, float[]> runOriginal(OrtEnvironment env, OrtSession session,
            Map<String, TensorValue> inputs) throws OrtException {
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            for (Map.Entry<String, TensorValue> e : inputs.entrySet()) {
                TensorValue v = e.getValue();
                feed.put(e.getKey(), OnnxTensor.createTensor(env, directCopy(v.data()), v.shape(),
                        ElementType.ofDtype(v.dtype()).javaType()));
            }
            Map<String, float[]> outputs = new LinkedHashMap<>();
            try (OrtSession.Result result = session.run(feed)) {
                for (Map.Entry<String, ai.onnxruntime.OnnxValue> e : result) {
                    if (e.getValue() instanceof OnnxTensor t && t.getInfo().type == OnnxJavaType.FLOAT) {
                        FloatBuffer buffer = t.getFloatBuffer();
                        float[] values = new float[buffer.remaining()];
                        buffer.get(values);
                        outputs.put(e.getKey(), values);
                    }
                }
            }
            return outputs;
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private static ByteBuffer directCopy(ByteBuffer data) {
        ByteBuffer direct = ByteBuffer.allocateDirect(data.remaining()).order(ByteOrder.nativeOrder());
        direct.put(data.duplicate()).flip();
        return direct;
    }

    static double maxAbs(float[] a, float[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs((double) a[i] - b[i]));
        }
        return max;
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 && nb == 0 ? 1 : dot / Math.sqrt(na * nb);
    }
}

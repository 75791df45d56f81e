package io.neurograph.engine.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.ProcessMemory;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.capsule.runtime.TensorValue;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Resident memory (VmRSS) of one process that loads a BERT-style model and runs it 100 times, either with
 * ONNX Runtime on the original .onnx ({@code ort MODEL.onnx}) or with the capsule runtime on a converted
 * model ({@code capsule MODEL.mini.cgraph}). Run each mode in its own JVM so they do not share pages:
 * {@code java -cp engine/target/benchmarks.jar io.neurograph.engine.bench.CapsuleMemoryProbe ort model.onnx}.
 * One intra-op thread, batch 1, 32 tokens.
 */
public final class CapsuleMemoryProbe {
    private static final int SEQ = 32;
    private static final int RUNS = 100;

    private CapsuleMemoryProbe() {
    }

    public static void main(String[] args) throws OrtException {
        if (args.length != 2 || !(args[0].equals("ort") || args[0].equals("capsule"))) {
            System.err.println("usage: CapsuleMemoryProbe ort MODEL.onnx | capsule MODEL.mini.cgraph");
            System.exit(2);
        }
        Path model = Path.of(args[1]);
        long[] ids = new long[SEQ];
        Arrays.setAll(ids, i -> i == 0 ? 101 : i == SEQ - 1 ? 102 : 1000 + 37L * i);
        long[] mask = new long[SEQ];
        Arrays.fill(mask, 1);
        long[] types = new long[SEQ];
        long[] shape = {1, SEQ};
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        System.gc();
        long start = ProcessMemory.residentBytes();
        long loaded;
        long afterRuns;
        if (args[0].equals("ort")) {
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                try (OrtSession session = env.createSession(model.toString(), options)) {
                    Map<String, OnnxTensor> inputs = new HashMap<>();
                    inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
                    inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
                    inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
                    session.run(inputs).close();
                    loaded = ProcessMemory.residentBytes();
                    for (int i = 1; i < RUNS; i++) {
                        session.run(inputs).close();
                    }
                    afterRuns = ProcessMemory.residentBytes();
                }
            }
        } else {
            try (CapsuleRuntime runtime = CapsuleRuntime.open(model, new RuntimeOptions(1, Long.MAX_VALUE))) {
                Map<String, TensorValue> inputs = Map.of("input_ids", TensorValue.ofLongs(shape, ids),
                        "attention_mask", TensorValue.ofLongs(shape, mask),
                        "token_type_ids", TensorValue.ofLongs(shape, types));
                runtime.run(inputs);
                loaded = ProcessMemory.residentBytes();
                for (int i = 1; i < RUNS; i++) {
                    runtime.run(inputs);
                }
                afterRuns = ProcessMemory.residentBytes();
            }
        }
        System.out.printf("%s %s: RSS before load %.1f MiB, after load + 1 run %.1f MiB (+%.1f), after %d runs %.1f MiB (+%.1f)%n",
                args[0], model.getFileName(), mib(start), mib(loaded), mib(loaded - start), RUNS, mib(afterRuns),
                mib(afterRuns - start));
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}

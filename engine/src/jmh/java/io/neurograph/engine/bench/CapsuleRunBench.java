package io.neurograph.engine.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.RunResult;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.capsule.runtime.TensorValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Latency of one all-MiniLM-L6-v2 fp32 forward pass (batch 1, {@code seqLen} tokens): the converted model
 * run capsule by capsule by {@link CapsuleRuntime} (opened via the mini file, weights mapped), against
 * ONNX Runtime on the original .onnx with the same intra-op thread count. Both use ORT's default
 * optimisation level (ALL_OPT). Setup converts the model (from the MiniLM jar) into a temporary folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class CapsuleRunBench {
    private static final String MODEL = "all-minilm-l6-v2.onnx";

    @Param({"8", "32", "128"})
    public int seqLen;

    @Param({"1", "2"})
    public int threads;

    private Path dir;
    private CapsuleRuntime runtime;
    private OrtSession original;
    private Map<String, TensorValue> inputs;
    private Map<String, OnnxTensor> ortInputs;

    @Setup
    public void setUp() throws IOException, OrtException {
        dir = Files.createTempDirectory("capsule-bench");
        Path onnx = dir.resolve(MODEL);
        try (InputStream in = CapsuleRunBench.class.getResourceAsStream("/" + MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is not on the classpath (MiniLM jar in the jmh profile)");
            }
            Files.copy(in, onnx);
        }
        ConversionResult converted = OnnxConverter.convert(onnx, dir.resolve("minilm.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE);
        runtime = CapsuleRuntime.open(converted.mini(), new RuntimeOptions(threads, Long.MAX_VALUE));

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            original = env.createSession(onnx.toString(), options);
        }

        SplittableRandom random = new SplittableRandom(seqLen);
        long[] ids = new long[seqLen];
        for (int i = 0; i < seqLen; i++) {
            ids[i] = i == 0 ? 101 : i == seqLen - 1 ? 102 : random.nextLong(1000, 30_000);
        }
        long[] ones = new long[seqLen];
        Arrays.fill(ones, 1);
        long[] shape = {1, seqLen};
        inputs = Map.of("input_ids", TensorValue.ofLongs(shape, ids),
                "attention_mask", TensorValue.ofLongs(shape, ones),
                "token_type_ids", TensorValue.ofLongs(shape, new long[seqLen]));
        ortInputs = new HashMap<>();
        for (Map.Entry<String, TensorValue> e : inputs.entrySet()) {
            ortInputs.put(e.getKey(), OnnxTensor.createTensor(env, LongBuffer.wrap(e.getValue().toLongArray()), shape));
        }
        runtime.run(inputs); // load every capsule before measuring, like the original session is built in setup
    }

    @TearDown
    public void tearDown() throws OrtException, IOException {
        runtime.close();
        original.close();
        ortInputs.values().forEach(OnnxTensor::close);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public RunResult capsuleRuntime() {
        return runtime.run(inputs);
    }

    /** Baseline: the original model in one session; the output is copied out, as the capsule runtime does. */
    @Benchmark
    public float[] ortOriginal() throws OrtException {
        try (OrtSession.Result result = original.run(ortInputs)) {
            return ((OnnxTensor) result.get(0)).getFloatBuffer().array();
        }
    }
}

package io.neurograph.engine.capsule.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.neurograph.engine.capsule.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capsules of a partitioned model, each run as its own ORT session from the written capsule ModelProto,
 * chained, must give the same last_hidden_state as ORT running the original file.
 */
class OnnxCapsuleEquivalenceTest {
    private static final List<long[]> SEQUENCES = List.of(
            new long[] {101, 1996, 4248, 2829, 4419, 14523, 2058, 1996, 13971, 3899, 2379, 1996, 2314, 9299, 1012, 102},
            new long[] {101, 7592, 2088, 999, 2023, 2003, 1037, 102},
            new long[] {101, 2054, 2003, 1996, 3007, 1997, 2605, 1029, 3000, 2003, 1996, 3007, 1012, 102},
            IntStream.range(0, 40).mapToLong(i -> i == 0 ? 101 : i == 39 ? 102 : 1000 + 37L * i).toArray(),
            IntStream.range(0, 27).mapToLong(i -> i == 0 ? 101 : i == 26 ? 102 : 2000 + 511L * i % 28000).toArray());

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    @TempDir
    Path folder;

    @Test
    void fp32AutoCapsulesMatchTheOriginal() throws OrtException, IOException {
        OnnxModel model = OnnxReader.read(TestModels.minilmFp32());
        List<CapsulePlan> plans = OnnxPartitioner.partition(model, new CapsuleMode.Auto());
        assertAutoLayout(plans);
        assertEquivalent(model, plans, 1e-4);
    }

    @Test
    void int8AutoCapsulesMatchTheOriginal() throws OrtException, IOException {
        OnnxModel model = OnnxReader.read(TestModels.minilmInt8());
        List<CapsulePlan> plans = OnnxPartitioner.partition(model, new CapsuleMode.Auto());
        assertAutoLayout(plans);
        assertEquivalent(model, plans, 1e-3);
    }

    @Test
    void int8ThreeCountCapsulesMatchTheOriginal() throws OrtException, IOException {
        OnnxModel model = OnnxReader.read(TestModels.minilmInt8());
        List<CapsulePlan> plans = OnnxPartitioner.partition(model, new CapsuleMode.Count(3));
        assertThat(plans).hasSize(3).extracting(CapsulePlan::kind).containsOnly("group");
        assertEquivalent(model, plans, 1e-3);
    }

    @Test
    void fp32LayerCapsulesMatchTheOriginal() throws OrtException, IOException {
        OnnxModel model = OnnxReader.read(TestModels.minilmFp32());
        List<CapsulePlan> plans = OnnxPartitioner.partition(model, new CapsuleMode.Layer());
        assertThat(plans).extracting(CapsulePlan::name)
                .containsExactly("block.0", "block.1", "block.2", "block.3", "block.4", "block.5");
        assertEquivalent(model, plans, 1e-4);
    }

    /**
     * Node mode on a small model: block 0 of each MiniLM written as a self-contained model (inline weights),
     * read back, cut into one capsule per node and fed with block 0's real inputs from the embeddings capsule.
     * fp32 MiniLM has no value_info, so every cut value's type comes from type propagation.
     */
    @Test
    void nodeCapsulesOfOneBlockMatchTheBlock() throws OrtException, IOException {
        for (Path source : List.of(TestModels.minilmFp32(), TestModels.minilmInt8())) {
            OnnxModel model = OnnxReader.read(source);
            List<CapsulePlan> auto = OnnxPartitioner.partition(model, new CapsuleMode.Auto());
            CapsulePlan block = auto.get(1);
            Path small = folder.resolve("block0-" + source.getFileName());
            Files.write(small, OnnxModelWriter.capsuleModelWithInlineData(model, "block0", block.nodes(),
                    block.inputs(), block.outputs(), OnnxPartitioner.internalValueInfo(model, block),
                    model.graph().initializers().stream().filter(t -> block.initializers().contains(t.name()))
                            .toList()));
            OnnxModel smallModel = OnnxReader.read(small);
            List<CapsulePlan> nodes = OnnxPartitioner.partition(smallModel, new CapsuleMode.Node());
            assertThat(nodes).hasSizeGreaterThan(50).extracting(CapsulePlan::kind).containsOnly("node");
            assertThat(nodes).allSatisfy(p -> assertThat(p.nodes()).filteredOn(n -> !n.opType().equals("Constant"))
                    .hasSize(1));
            String output = block.outputs().stream().filter(v -> v.elemType() == OnnxDataType.FLOAT)
                    .findFirst().orElseThrow().name();
            double worst = 0;
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                try (OrtSession whole = env.createSession(small.toString(), options);
                        CapsuleChain embeddings = new CapsuleChain(model, auto.subList(0, 1), folder);
                        CapsuleChain chain = new CapsuleChain(smallModel, nodes, folder)) {
                    for (long[] ids : SEQUENCES) {
                        Map<String, ai.onnxruntime.OnnxTensor> inputs = inputs(ids);
                        try (CapsuleChain.Run prefix = embeddings.run(inputs)) {
                            Map<String, ai.onnxruntime.OnnxTensor> blockInputs = new HashMap<>();
                            block.inputs().forEach(v -> blockInputs.put(v.name(), prefix.values().get(v.name())));
                            try (OrtSession.Result expected = whole.run(blockInputs);
                                    CapsuleChain.Run run = chain.run(blockInputs)) {
                                float[] want = CapsuleChain.floats(
                                        (ai.onnxruntime.OnnxTensor) expected.get(output).orElseThrow());
                                float[] got = run.floats(output);
                                assertThat(got).hasSameSizeAs(want);
                                for (int i = 0; i < want.length; i++) {
                                    worst = Math.max(worst, Math.abs(want[i] - got[i]));
                                }
                            }
                        } finally {
                            inputs.values().forEach(ai.onnxruntime.OnnxTensor::close);
                        }
                    }
                }
            }
            System.out.printf("%s block 0 as %d node capsules: max |diff| %.3g%n", source.getFileName(), nodes.size(),
                    worst);
            assertThat(worst).isLessThanOrEqualTo(1e-4);
        }
    }

    private static void assertAutoLayout(List<CapsulePlan> plans) {
        assertThat(plans).extracting(CapsulePlan::name).containsExactly("embeddings", "block.0", "block.1",
                "block.2", "block.3", "block.4", "block.5");
        assertThat(plans.getFirst().kind()).isEqualTo("embeddings");
        assertThat(plans.getFirst().initializers()).anyMatch(n -> n.startsWith("embeddings.word_embeddings.weight"));
        assertThat(plans.getLast().outputs()).extracting(OnnxValueInfo::name).containsExactly("last_hidden_state");
    }

    private void assertEquivalent(OnnxModel model, List<CapsulePlan> plans, double tolerance) throws OrtException, IOException {
        double worst = maxDifference(model, plans);
        System.out.printf("%s %d capsules: max |diff| %.3g%n", model.file().getFileName(), plans.size(), worst);
        assertThat(worst).isLessThanOrEqualTo(tolerance);
    }

    /** The largest absolute difference of last_hidden_state over all test sequences. */
    double maxDifference(OnnxModel model, List<CapsulePlan> plans) throws OrtException, IOException {
        double worst = 0;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession original = env.createSession(model.file().toString(), options);
                    CapsuleChain chain = new CapsuleChain(model, plans, folder)) {
                for (long[] ids : SEQUENCES) {
                    Map<String, ai.onnxruntime.OnnxTensor> inputs = inputs(ids);
                    try (OrtSession.Result expected = original.run(inputs)) {
                        float[] want = CapsuleChain.floats((ai.onnxruntime.OnnxTensor) expected.get(0));
                        float[] got;
                        try (CapsuleChain.Run run = chain.run(inputs)) {
                            got = run.floats("last_hidden_state");
                        }
                        assertThat(got).hasSameSizeAs(want);
                        for (int i = 0; i < want.length; i++) {
                            worst = Math.max(worst, Math.abs(want[i] - got[i]));
                        }
                    } finally {
                        inputs.values().forEach(ai.onnxruntime.OnnxTensor::close);
                    }
                }
            }
        }
        return worst;
    }

    private Map<String, ai.onnxruntime.OnnxTensor> inputs(long[] ids) throws OrtException, IOException {
        long[][] batch = {ids};
        long[][] mask = {new long[ids.length]};
        long[][] types = {new long[ids.length]};
        java.util.Arrays.fill(mask[0], 1);
        Map<String, ai.onnxruntime.OnnxTensor> inputs = new HashMap<>();
        inputs.put("input_ids", ai.onnxruntime.OnnxTensor.createTensor(env, batch));
        inputs.put("attention_mask", ai.onnxruntime.OnnxTensor.createTensor(env, mask));
        inputs.put("token_type_ids", ai.onnxruntime.OnnxTensor.createTensor(env, types));
        return inputs;
    }

}

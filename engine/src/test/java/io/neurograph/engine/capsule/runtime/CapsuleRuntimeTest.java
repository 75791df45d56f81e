package io.neurograph.engine.capsule.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.cgraph.CapsuleSpec;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lazy loading, LRU eviction under a memory budget, stats and input validation, on converted MiniLM int8. */
class CapsuleRuntimeTest {
    private static final RuntimeOptions UNLIMITED = new RuntimeOptions(1, Long.MAX_VALUE);

    @TempDir
    static Path dir;

    private static ConversionResult converted;
    private static long[] capsuleBytes;

    @BeforeAll
    static void convert() {
        converted = OnnxConverter.convert(TestModels.minilmInt8(), dir.resolve("minilm-q.cgraph"),
                new CapsuleMode.Auto(), ConversionListener.NONE);
        CgraphManifest manifest = converted.manifest();
        capsuleBytes = manifest.capsules().stream()
                .mapToLong(c -> c.tensors().stream().mapToLong(t -> manifest.tensor(t).length()).sum())
                .toArray();
    }

    @Test
    void loadsEachCapsuleOnceWithAnUnlimitedBudget() throws Exception {
        List<MiniLmFixtures.Sentence> sentences = MiniLmFixtures.sentences();
        int capsules = capsuleBytes.length;
        assertThat(capsules).isGreaterThanOrEqualTo(3);
        try (CapsuleRuntime runtime = CapsuleRuntime.open(converted.mini(), UNLIMITED)) {
            assertThat(runtime.stats()).isEqualTo(new RuntimeStats(0, 0, 0, Files.size(converted.full()), 0));
            RunResult first = runtime.run(MiniLmFixtures.bertInputs(sentences.get(0).ids()));
            assertThat(first.timings()).hasSize(capsules).allSatisfy(t -> assertThat(t.loadNanos()).isPositive());
            for (int i = 1; i < 4; i++) {
                RunResult again = runtime.run(MiniLmFixtures.bertInputs(sentences.get(i).ids()));
                assertThat(again.timings()).allSatisfy(t -> assertThat(t.loadNanos()).isZero());
            }
            RuntimeStats stats = runtime.stats();
            assertThat(stats.capsuleLoads()).isEqualTo(capsules);
            assertThat(stats.capsuleEvictions()).isZero();
            assertThat(stats.loadedCapsules()).isEqualTo(capsules);
            assertThat(stats.loadedBytes()).isEqualTo(Arrays.stream(capsuleBytes).sum());
        }
    }

    @Test
    void evictsLeastRecentlyUsedCapsulesToStayWithinTheBudget() throws Exception {
        long[] sorted = capsuleBytes.clone();
        Arrays.sort(sorted);
        long budget = sorted[0] + sorted[1] - 1; // no two capsules fit together
        int capsules = capsuleBytes.length;
        List<MiniLmFixtures.Sentence> sentences = MiniLmFixtures.sentences();
        try (CapsuleRuntime unlimited = CapsuleRuntime.open(converted.mini(), UNLIMITED);
                CapsuleRuntime tight = CapsuleRuntime.open(converted.mini(), new RuntimeOptions(1, budget))) {
            for (int run = 0; run < 3; run++) {
                Map<String, TensorValue> inputs = MiniLmFixtures.bertInputs(sentences.get(run).ids());
                float[] expected = unlimited.run(inputs).outputs().get("last_hidden_state").toFloatArray();
                RunResult result = tight.run(inputs);
                assertThat(result.outputs().get("last_hidden_state").toFloatArray()).containsExactly(expected);
                assertThat(result.timings()).allSatisfy(t -> assertThat(t.loadNanos()).isPositive());
                RuntimeStats stats = tight.stats();
                assertThat(stats.loadedCapsules()).isEqualTo(1);
                assertThat(stats.loadedBytes()).isEqualTo(capsuleBytes[capsules - 1]);
            }
            RuntimeStats stats = tight.stats();
            assertThat(stats.capsuleLoads()).isEqualTo(3L * capsules);
            assertThat(stats.capsuleEvictions()).isEqualTo(3L * capsules - 1);
        }
    }

    @Test
    void givesTheSameOutputsWithTwoThreads() throws Exception {
        Map<String, TensorValue> inputs = MiniLmFixtures.bertInputs(MiniLmFixtures.sentences().get(11).ids());
        try (CapsuleRuntime one = CapsuleRuntime.open(converted.mini(), UNLIMITED);
                CapsuleRuntime two = CapsuleRuntime.open(converted.mini(), new RuntimeOptions(2, Long.MAX_VALUE))) {
            float[] expected = one.run(inputs).outputs().get("last_hidden_state").toFloatArray();
            for (int run = 0; run < 3; run++) {
                float[] actual = two.run(inputs).outputs().get("last_hidden_state").toFloatArray();
                assertThat(actual).containsExactly(expected, offset(1e-3f));
            }
        }
    }

    @Test
    void capsuleBiggerThanTheBudgetStillRuns() throws Exception {
        try (CapsuleRuntime runtime = CapsuleRuntime.open(converted.mini(), new RuntimeOptions(1, 1))) {
            RunResult result = runtime.run(MiniLmFixtures.bertInputs(MiniLmFixtures.sentences().get(1).ids()));
            assertThat(result.outputs().get("last_hidden_state").shape()).containsExactly(1, 6, 384);
            assertThat(runtime.stats().loadedCapsules()).isEqualTo(1);
        }
    }

    @Test
    void outputsFollowTheManifestAndTimingsNameTheCapsules() throws Exception {
        try (CapsuleRuntime runtime = CapsuleRuntime.open(converted.full(), UNLIMITED)) {
            RunResult result = runtime.run(MiniLmFixtures.bertInputs(MiniLmFixtures.sentences().get(0).ids()));
            assertThat(result.outputs().keySet()).containsExactly("last_hidden_state");
            assertThat(result.timings()).extracting(CapsuleTiming::name)
                    .containsExactlyElementsOf(runtime.manifest().capsules().stream().map(CapsuleSpec::name).toList());
            assertThat(result.totalNanos()).isGreaterThanOrEqualTo(
                    result.timings().stream().mapToLong(t -> t.loadNanos() + t.runNanos()).sum());
        }
    }

    @Test
    void rejectsInputsThatDoNotMatchTheManifest() throws Exception {
        long[] ids = {101, 7592, 1010, 2088, 999, 102};
        try (CapsuleRuntime runtime = CapsuleRuntime.open(converted.mini(), UNLIMITED)) {
            Map<String, TensorValue> wrongType = MiniLmFixtures.bertInputs(ids);
            wrongType.put("input_ids", TensorValue.ofFloats(new long[] {1, 6}, new float[6]));
            assertThatThrownBy(() -> runtime.run(wrongType)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("input 'input_ids': expected int64, got float32");

            Map<String, TensorValue> missing = MiniLmFixtures.bertInputs(ids);
            missing.remove("attention_mask");
            assertThatThrownBy(() -> runtime.run(missing)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("missing input 'attention_mask' (model inputs: ");

            Map<String, TensorValue> unknown = MiniLmFixtures.bertInputs(ids);
            unknown.put("position_ids", TensorValue.ofLongs(new long[] {1, 6}, new long[6]));
            assertThatThrownBy(() -> runtime.run(unknown)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("unknown input 'position_ids' (model inputs: ");

            Map<String, TensorValue> wrongRank = MiniLmFixtures.bertInputs(ids);
            wrongRank.put("token_type_ids", TensorValue.ofLongs(new long[] {6}, new long[6]));
            assertThatThrownBy(() -> runtime.run(wrongRank)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("input 'token_type_ids': expected rank 2")
                    .hasMessageEndingWith("got shape [6]");

            Map<String, TensorValue> disagreeing = MiniLmFixtures.bertInputs(ids);
            disagreeing.put("attention_mask", TensorValue.ofLongs(new long[] {1, 5}, new long[] {1, 1, 1, 1, 1}));
            assertThatThrownBy(() -> runtime.run(disagreeing)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageMatching("input '\\w+': dimension 1 \\(sequence_length\\) is \\d, but \\d in input '\\w+'");

            // after rejected runs the runtime still works
            assertThat(runtime.run(MiniLmFixtures.bertInputs(ids)).outputs()).containsKey("last_hidden_state");
        }
    }

    @Test
    void runsAFullFileUnderAnotherName() throws Exception {
        Path renamed = Files.createDirectories(dir.resolve("renamed")).resolve("other-name.cgraph");
        Files.copy(converted.full(), renamed);
        Map<String, TensorValue> inputs = MiniLmFixtures.bertInputs(MiniLmFixtures.sentences().get(2).ids());
        try (CapsuleRuntime original = CapsuleRuntime.open(converted.mini(), UNLIMITED);
                CapsuleRuntime copy = CapsuleRuntime.open(renamed, UNLIMITED)) {
            assertThat(copy.run(inputs).outputs().get("last_hidden_state").toFloatArray())
                    .containsExactly(original.run(inputs).outputs().get("last_hidden_state").toFloatArray());
        }
    }

    @Test
    void refusesAMiniWhoseFullFileIsMissing() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("moved")).resolve("minilm-q.mini.cgraph");
        Files.copy(converted.mini(), elsewhere);
        assertThatThrownBy(() -> CapsuleRuntime.open(elsewhere, UNLIMITED))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith(elsewhere.toString())
                .hasMessageContaining("not found");
    }

    @Test
    void closedRuntimeRefusesToRun() {
        CapsuleRuntime runtime = CapsuleRuntime.open(converted.mini(), UNLIMITED);
        runtime.close();
        runtime.close();
        Map<String, TensorValue> inputs = new HashMap<>(MiniLmFixtures.bertInputs(new long[] {101, 102}));
        assertThatThrownBy(() -> runtime.run(inputs)).isInstanceOf(IllegalStateException.class)
                .hasMessage("capsule runtime is closed");
    }
}

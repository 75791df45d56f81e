package io.neurograph.engine.capsule.onnx;

import static io.neurograph.engine.capsule.onnx.TinyOnnx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.proto.ProtoWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxPartitionerTest {
    @TempDir
    Path dir;

    private static final ProtoWriter FLOAT_X = valueInfo("x", OnnxDataType.FLOAT, 2);
    private static final ProtoWriter FLOAT_Y = valueInfo("y", OnnxDataType.FLOAT, 2);

    private static ProtoWriter constant(String name, String output) {
        return node(name, "Constant", List.of(), List.of(output), attrTensor("value", floatTensor("", new float[] {2})));
    }

    private OnnxModel tiny(List<ProtoWriter> nodes, List<ProtoWriter> initializers, List<ProtoWriter> inputs) {
        return read(dir, "tiny.onnx", model(graph("g", nodes, initializers, inputs, List.of(FLOAT_Y))));
    }

    @Test
    void miniLmPlansFormAValidChainInEveryMode() {
        for (Path file : List.of(TestModels.minilmFp32(), TestModels.minilmInt8())) {
            OnnxModel model = OnnxReader.read(file);
            for (CapsuleMode mode : List.of(new CapsuleMode.Auto(), new CapsuleMode.Layer(), new CapsuleMode.Node(),
                    new CapsuleMode.Count(1), new CapsuleMode.Count(3), new CapsuleMode.Count(10))) {
                assertValidChain(model, OnnxPartitioner.partition(model, mode));
            }
        }
    }

    /** Every input comes from the graph inputs or an earlier capsule; every node runs exactly once. */
    static void assertValidChain(OnnxModel model, List<CapsulePlan> plans) {
        Set<String> available = new HashSet<>();
        model.graph().inputs().forEach(v -> available.add(v.name()));
        Set<String> initializers = new HashSet<>();
        model.graph().initializers().forEach(t -> initializers.add(t.name()));
        Map<OnnxNode, Boolean> placed = new IdentityHashMap<>();
        for (int c = 0; c < plans.size(); c++) {
            CapsulePlan plan = plans.get(c);
            assertThat(plan.index()).isEqualTo(c);
            assertThat(plan.nodes()).isNotEmpty();
            assertThat(plan.inputs()).allSatisfy(v -> {
                assertThat(available).as("input of " + plan.name()).contains(v.name());
                assertThat(initializers).doesNotContain(v.name());
                assertThat(v.elemType()).isNotNull();
            });
            assertThat(initializers).containsAll(plan.initializers());
            for (OnnxNode n : plan.nodes()) {
                for (String in : n.inputs()) {
                    if (initializers.contains(in)) {
                        assertThat(plan.initializers()).contains(in);
                    }
                }
                if (!n.opType().equals("Constant")) {
                    assertThat(placed.put(n, true)).as("node placed twice: " + n.name()).isNull();
                }
            }
            plan.outputs().forEach(v -> available.add(v.name()));
        }
        assertThat(placed).hasSize((int) model.graph().nodes().stream().filter(n -> !n.opType().equals("Constant"))
                .count());
        model.graph().outputs().forEach(v -> assertThat(available).contains(v.name()));
    }

    @Test
    void constantsAreCopiedIntoEachCapsuleThatUsesThem() {
        OnnxModel m = tiny(List.of(constant("/c", "c"), node("/layer.0/add", "Add", List.of("x", "c"), List.of("a")),
                node("/layer.1/mul", "Mul", List.of("a", "c"), List.of("y"))), List.of(), List.of(FLOAT_X));
        List<CapsulePlan> plans = OnnxPartitioner.partition(m, new CapsuleMode.Auto());

        assertThat(plans).extracting(CapsulePlan::name).containsExactly("block.0", "block.1");
        for (CapsulePlan p : plans) {
            assertThat(p.nodes().getFirst().opType()).isEqualTo("Constant");
            assertThat(p.inputs()).extracting(OnnxValueInfo::name).doesNotContain("c");
            assertThat(p.outputs()).extracting(OnnxValueInfo::name).doesNotContain("c");
        }
        assertThat(plans.get(0).outputs()).extracting(OnnxValueInfo::name).containsExactly("a");
        assertThat(plans.get(1).inputs()).extracting(OnnxValueInfo::name).containsExactly("a");
        assertValidChain(m, plans);
    }

    @Test
    void embeddingsAndHeadSurroundTheBlocksAndSharedWeightsAreListedTwice() {
        List<ProtoWriter> nodes = List.of(node("/embed/Gather", "Gather", List.of("w", "ids"), List.of("e")),
                node("/model/layers.0/MatMul", "MatMul", List.of("e", "w2"), List.of("h0")),
                node("/model/layers.1/MatMul", "MatMul", List.of("h0", "w2"), List.of("h1")),
                node("/norm/Mul", "Mul", List.of("h1", "h1"), List.of("y")));
        OnnxModel m = tiny(nodes, List.of(floatTensor("w", new float[] {1, 2, 3, 4}, 2, 2),
                floatTensor("w2", new float[] {1, 0, 0, 1}, 2, 2)), List.of(valueInfo("ids", OnnxDataType.INT64, 1)));

        List<CapsulePlan> auto = OnnxPartitioner.partition(m, new CapsuleMode.Auto());
        assertThat(auto).extracting(CapsulePlan::name).containsExactly("embeddings", "block.0", "block.1", "head");
        assertThat(auto).extracting(CapsulePlan::kind).containsExactly("embeddings", "block", "block", "head");
        assertThat(auto.get(1).initializers()).containsExactly("w2");
        assertThat(auto.get(2).initializers()).containsExactly("w2");
        assertThat(auto.get(1).inputs()).extracting(OnnxValueInfo::name).containsExactly("e");
        assertThat(auto.get(1).inputs().getFirst().elemType()).isEqualTo(OnnxDataType.FLOAT); // Gather: input 0

        List<CapsulePlan> layer = OnnxPartitioner.partition(m, new CapsuleMode.Layer());
        assertThat(layer).extracting(CapsulePlan::name).containsExactly("block.0", "block.1");
        assertThat(layer.get(0).nodes()).hasSize(2);
        assertThat(layer.get(1).nodes()).hasSize(2);

        List<CapsulePlan> nodeMode = OnnxPartitioner.partition(m, new CapsuleMode.Node());
        assertThat(nodeMode).hasSize(4).extracting(CapsulePlan::kind).containsOnly("node");
        assertValidChain(m, auto);
        assertValidChain(m, layer);
        assertValidChain(m, nodeMode);
    }

    @Test
    void withoutBlocksAutoFallsBackToWeightGroups() {
        OnnxModel m = tiny(List.of(node("a", "Relu", List.of("x"), List.of("r")),
                node("b", "Add", List.of("r", "w"), List.of("y"))), List.of(floatTensor("w", new float[] {1, 1}, 2)),
                List.of(FLOAT_X));
        List<CapsulePlan> plans = OnnxPartitioner.partition(m, new CapsuleMode.Auto());
        assertThat(plans).hasSize(1);
        assertThat(plans.getFirst().kind()).isEqualTo("group");
        assertThat(OnnxPartitioner.partition(m, new CapsuleMode.Count(2))).hasSize(2);
    }

    @Test
    void subgraphOuterReferencesAreCapsuleInputs() {
        ProtoWriter thenBranch = graph("then", List.of(node("t", "Identity", List.of("h"), List.of("r"))),
                List.of(), List.of(), List.of(valueInfo("r", OnnxDataType.FLOAT)));
        ProtoWriter elseBranch = graph("else", List.of(node("e", "Neg", List.of("h"), List.of("r2"))),
                List.of(), List.of(), List.of(valueInfo("r2", OnnxDataType.FLOAT)));
        OnnxModel m = tiny(List.of(node("/layer.0/relu", "Relu", List.of("x"), List.of("h")),
                node("/layer.0/cond", "ReduceSum", List.of("x"), List.of("s")),
                node("/layer.0/gt", "Greater", List.of("s", "s"), List.of("cond")),
                node("/layer.1/if", "If", List.of("cond"), List.of("y"), attrGraph("then_branch", thenBranch),
                        attrGraph("else_branch", elseBranch))), List.of(), List.of(FLOAT_X));
        List<CapsulePlan> plans = OnnxPartitioner.partition(m, new CapsuleMode.Auto());

        assertThat(plans).extracting(CapsulePlan::name).containsExactly("block.0", "block.1");
        assertThat(plans.get(1).inputs()).extracting(OnnxValueInfo::name).containsExactlyInAnyOrder("cond", "h");
        assertThat(plans.get(1).inputs()).filteredOn(v -> v.name().equals("cond")).extracting(OnnxValueInfo::elemType)
                .containsExactly(OnnxDataType.BOOL);
        assertThat(plans.get(0).outputs()).extracting(OnnxValueInfo::name).containsExactlyInAnyOrder("cond", "h");
    }

    @Test
    void cutValueTypesArePropagatedOrTheFailureIsNamed() {
        OnnxModel m = tiny(List.of(node("/layer.0/shape", "Shape", List.of("x"), List.of("s")),
                node("/layer.0/dq", "DynamicQuantizeLinear", List.of("x"), List.of("q", "scale", "zp")),
                node("/layer.1/cast", "Cast", List.of("s"), List.of("c"), attrInt("to", OnnxDataType.FLOAT.code())),
                node("/layer.1/mm", "MatMulInteger", List.of("q", "q", "zp", "zp"), List.of("i")),
                node("/layer.1/cast2", "Cast", List.of("i"), List.of("f"), attrInt("to", OnnxDataType.FLOAT.code())),
                node("/layer.1/mul", "Mul", List.of("f", "scale"), List.of("m")),
                node("/layer.1/add", "Add", List.of("m", "c"), List.of("y"))), List.of(), List.of(FLOAT_X));
        CapsulePlan second = OnnxPartitioner.partition(m, new CapsuleMode.Auto()).get(1);
        Map<String, OnnxDataType> types = new java.util.HashMap<>();
        second.inputs().forEach(v -> types.put(v.name(), v.elemType()));
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of("s", OnnxDataType.INT64, "q", OnnxDataType.UINT8,
                "zp", OnnxDataType.UINT8, "scale", OnnxDataType.FLOAT));
        assertThat(second.inputs()).allSatisfy(v -> assertThat(v.shape()).isNull());

        ProtoWriter untyped = new ProtoWriter().stringField(1, "u");
        OnnxModel unknown = tiny(List.of(node("/layer.0/custom", "Mystery", List.of("u"), List.of("v")),
                node("/layer.1/id", "Identity", List.of("v"), List.of("y"))), List.of(), List.of(untyped));
        assertThatThrownBy(() -> OnnxPartitioner.partition(unknown, new CapsuleMode.Auto()))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("value 'v'").hasMessageContaining("'Mystery' node '/layer.0/custom'");
    }

    @Test
    void unsortedGraphsAreOrderedAndCyclesRejected() {
        OnnxModel m = tiny(List.of(node("/layer.1/b", "Neg", List.of("a"), List.of("y")),
                node("/layer.0/a", "Relu", List.of("x"), List.of("a"))), List.of(), List.of(FLOAT_X));
        assertThat(OnnxPartitioner.partition(m, new CapsuleMode.Auto())).extracting(CapsulePlan::name)
                .containsExactly("block.0", "block.1");
        OnnxModel cycle = tiny(List.of(node("p", "Neg", List.of("q"), List.of("y")),
                node("q", "Neg", List.of("y"), List.of("q"))), List.of(), List.of(FLOAT_X));
        assertThatThrownBy(() -> OnnxPartitioner.partition(cycle, new CapsuleMode.Node()))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("cycle");
    }

    @Test
    void blockNamesAndModes() {
        assertThat(OnnxPartitioner.blockIndex("/encoder/layer.3/attention/MatMul")).isEqualTo(3);
        assertThat(OnnxPartitioner.blockIndex("model.layers.12.mlp.up_proj.weight")).isEqualTo(12);
        assertThat(OnnxPartitioner.blockIndex("blk.7.attn_q.weight")).isEqualTo(7);
        assertThat(OnnxPartitioner.blockIndex("transformer.h.0.attn.c_attn.weight")).isEqualTo(0);
        assertThat(OnnxPartitioner.blockIndex("/blocks.2/mlp/fc1")).isEqualTo(2);
        assertThat(OnnxPartitioner.blockIndex("encoder_layer_4/dense")).isEqualTo(4);
        assertThat(OnnxPartitioner.blockIndex("/player_4/dense")).isEqualTo(-1);
        assertThat(OnnxPartitioner.blockIndex("/layer_4/dense")).isEqualTo(4);
        assertThat(OnnxPartitioner.blockIndex("onnx::MatMul_798")).isEqualTo(-1);
        assertThat(OnnxPartitioner.blockIndex("graph.h.x")).isEqualTo(-1);

        assertThat(CapsuleMode.parse("auto")).isEqualTo(new CapsuleMode.Auto());
        assertThat(CapsuleMode.parse(" Layer ")).isEqualTo(new CapsuleMode.Layer());
        assertThat(CapsuleMode.parse("node")).isEqualTo(new CapsuleMode.Node());
        assertThat(CapsuleMode.parse("12")).isEqualTo(new CapsuleMode.Count(12));
        assertThatThrownBy(() -> CapsuleMode.parse("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapsuleMode.parse("blocks")).isInstanceOf(IllegalArgumentException.class);
    }
}

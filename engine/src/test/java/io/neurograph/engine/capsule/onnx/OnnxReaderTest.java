package io.neurograph.engine.capsule.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.capsule.TestModels;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loads both real MiniLM files completely and checks them against the facts in model-formats.md §3. */
class OnnxReaderTest {

    @Test
    void readsMiniLmFp32() {
        OnnxModel model = OnnxReader.read(TestModels.minilmFp32());

        assertThat(model.fileSize()).isEqualTo(90_387_606L);
        assertThat(model.irVersion()).isEqualTo(6);
        assertThat(model.opsetImports()).containsExactly(new OpsetId("", 11));
        assertThat(model.producerName()).isEqualTo("pytorch");
        assertThat(model.producerVersion()).isEqualTo("2.0.1");
        OnnxGraph graph = model.graph();
        assertThat(graph.name()).isEqualTo("torch_jit");
        assertThat(graph.nodes()).hasSize(637);
        assertThat(graph.initializers()).hasSize(102);
        assertSignature(graph);
        assertThat(graph.initializers()).allSatisfy(t -> assertThat(t.data()).isInstanceOf(TensorData.FileRange.class));
        assertThat(bytes(graph, TensorData.FileRange.class)).isEqualTo(90_265_600L);
        assertThat(opCounts(graph)).containsEntry("Constant", 146L).containsEntry("Add", 88L)
                .containsEntry("MatMul", 48L).containsEntry("Softmax", 6L).containsEntry("Erf", 6L)
                .containsEntry("Slice", 1L).hasSize(19);
        OnnxTensor words = initializer(graph, "embeddings.word_embeddings.weight");
        assertThat(words.dataType()).isEqualTo(OnnxDataType.FLOAT);
        assertThat(words.dims()).containsExactly(30522, 384);
        assertThat(words.data().byteLength()).isEqualTo(46_881_792L);
        assertThat(initializer(graph, "embeddings.position_ids").dataType()).isEqualTo(OnnxDataType.INT64);
        assertThat(graph.nodes()).allSatisfy(n -> assertThat(n.domain()).isEmpty());
    }

    @Test
    void readsMiniLmInt8WithTypedFields() {
        OnnxModel model = OnnxReader.read(TestModels.minilmInt8());

        assertThat(model.irVersion()).isEqualTo(6);
        assertThat(model.opsetImports()).containsExactly(new OpsetId("", 11));
        assertThat(model.producerName()).isEqualTo("onnx.quantize");
        assertThat(model.metadataProps()).containsEntry("onnx.infer", "onnxruntime.quant");
        OnnxGraph graph = model.graph();
        assertThat(graph.nodes()).hasSize(772);
        assertThat(graph.initializers()).hasSize(180);
        assertThat(graph.valueInfo()).hasSize(636);
        assertSignature(graph);
        Map<OnnxDataType, Long> types = graph.initializers().stream()
                .collect(Collectors.groupingBy(OnnxTensor::dataType, Collectors.counting()));
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of(OnnxDataType.FLOAT, 101L,
                OnnxDataType.INT8, 72L, OnnxDataType.UINT8, 6L, OnnxDataType.INT64, 1L));
        assertThat(bytes(graph, TensorData.FileRange.class)).isEqualTo(22_661_632L);
        // model-formats.md counts 103,698 protobuf payload bytes; in raw encoding the three UINT8 zero points
        // (128, a 2-byte varint each) take one byte each
        assertThat(bytes(graph, TensorData.Inline.class)).isEqualTo(103_695L);
        assertThat(graph.initializers().stream().filter(t -> t.dataType() == OnnxDataType.UINT8
                && t.data() instanceof TensorData.Inline))
                .hasSize(3).allSatisfy(t -> assertThat(((TensorData.Inline) t.data()).bytes()).containsExactly(-128));
        assertThat(opCounts(graph)).containsEntry("MatMulInteger", 36L).containsEntry("DynamicQuantizeLinear", 24L)
                .containsEntry("Cast", 37L).containsEntry("DequantizeLinear", 3L).containsEntry("Mul", 98L);
        assertThat(graph.nodes().stream().filter(n -> n.opType().equals("ReduceMean")))
                .hasSize(26)
                .allSatisfy(n -> assertThat(n.attribute("axes").ints()).containsExactly(-1L));
        assertThat(initializer(graph, "embeddings.word_embeddings.weight_quantized").data().byteLength())
                .isEqualTo(11_720_448L);
    }

    @Test
    void typedFieldsAreConvertedToRawEncoding() {
        OnnxGraph graph = OnnxReader.read(TestModels.minilmInt8()).graph();
        OnnxTensor inline = graph.initializers().stream().filter(t -> t.data() instanceof TensorData.Inline)
                .filter(t -> t.dataType() == OnnxDataType.INT8).findFirst().orElseThrow();
        // per-channel symmetric weights: the INT8 zero points are all 0, one byte each
        byte[] bytes = ((TensorData.Inline) inline.data()).bytes();
        assertThat(bytes).hasSize((int) inline.elementCount()).containsOnly(0);
        OnnxTensor scale = graph.initializers().stream().filter(t -> t.data() instanceof TensorData.Inline)
                .filter(t -> t.dataType() == OnnxDataType.FLOAT && t.elementCount() > 1).findFirst().orElseThrow();
        assertThat(scale.data().byteLength()).isEqualTo(4 * scale.elementCount());
    }

    @Test
    void readingFp32IsFastAndCopiesNoWeights() throws ReflectiveOperationException {
        OnnxReader.read(TestModels.minilmFp32()); // warm-up: class loading and JIT
        long allocatedBefore = allocatedBytes();
        long start = System.nanoTime();
        OnnxModel model = OnnxReader.read(TestModels.minilmFp32());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = allocatedBytes() - allocatedBefore;

        assertThat(model.graph().nodes()).hasSize(637);
        System.out.printf("read fp32 MiniLM: %d ms, %.1f MB allocated%n", millis, allocated / 1e6);
        assertThat(millis).isLessThan(1000);
        assertThat(allocated).isLessThan(16L << 20); // the weights alone are 90 MB
    }

    /**
     * Heap bytes allocated so far by this thread. Through reflection because the tests compile inside the engine
     * module, which does not read java.management; at run time the tests are on the class path.
     */
    private static long allocatedBytes() throws ReflectiveOperationException {
        Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class)
                .invoke(bean, Thread.currentThread().threadId());
    }

    private static void assertSignature(OnnxGraph graph) {
        assertThat(graph.inputs()).extracting(OnnxValueInfo::name)
                .containsExactly("input_ids", "attention_mask", "token_type_ids");
        assertThat(graph.inputs()).allSatisfy(v -> {
            assertThat(v.elemType()).isEqualTo(OnnxDataType.INT64);
            assertThat(v.shape()).containsExactly(OnnxDim.symbolic("batch_size"), OnnxDim.symbolic("sequence_length"));
        });
        assertThat(graph.outputs()).extracting(OnnxValueInfo::name).containsExactly("last_hidden_state");
        assertThat(graph.outputs().getFirst().elemType()).isEqualTo(OnnxDataType.FLOAT);
        assertThat(graph.outputs().getFirst().shape()).containsExactly(OnnxDim.symbolic("batch_size"),
                OnnxDim.symbolic("sequence_length"), OnnxDim.of(384));
    }

    private static long bytes(OnnxGraph graph, Class<? extends TensorData> kind) {
        return graph.initializers().stream().map(OnnxTensor::data).filter(kind::isInstance)
                .mapToLong(TensorData::byteLength).sum();
    }

    static Map<String, Long> opCounts(OnnxGraph graph) {
        return graph.nodes().stream().collect(Collectors.groupingBy(OnnxNode::opType, TreeMap::new,
                Collectors.counting()));
    }

    private static OnnxTensor initializer(OnnxGraph graph, String name) {
        List<OnnxTensor> found = graph.initializers().stream().filter(t -> t.name().equals(name)).toList();
        assertThat(found).as(name).hasSize(1);
        return found.getFirst();
    }
}

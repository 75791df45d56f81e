package io.neurograph.engine.capsule.onnx;

import static io.neurograph.engine.capsule.onnx.TinyOnnx.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.capsule.TestModels;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capsule models read back with OnnxReader keep the source's header, node bytes and signature. */
class OnnxModelWriterTest {
    @TempDir
    Path dir;

    @Test
    void externalCapsuleModelRoundTrips() throws IOException {
        OnnxModel source = OnnxReader.read(TestModels.minilmInt8());
        CapsulePlan plan = OnnxPartitioner.partition(source, new CapsuleMode.Auto()).get(2);
        List<ExternalInitializer> external = new ArrayList<>();
        long offset = 0;
        for (String name : plan.initializers()) {
            OnnxTensor t = source.graph().initializers().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow();
            external.add(new ExternalInitializer(name, t.dataType(), t.dims(), "weights.bin", offset,
                    t.data().byteLength()));
            offset += 4096 * Math.ceilDiv(t.data().byteLength(), 4096);
        }
        try (RandomAccessFile weights = new RandomAccessFile(dir.resolve("weights.bin").toFile(), "rw")) {
            weights.setLength(offset);
        }
        byte[] bytes = OnnxModelWriter.capsuleModel(source, plan.name(), plan.nodes(), plan.inputs(), plan.outputs(),
                OnnxPartitioner.internalValueInfo(source, plan), external);
        Path file = dir.resolve("capsule.onnx");
        Files.write(file, bytes);
        OnnxModel capsule = OnnxReader.read(file);

        assertThat(bytes.length).isLessThan(64 * 1024); // structure only, no weights
        assertThat(capsule.irVersion()).isEqualTo(source.irVersion());
        assertThat(capsule.opsetImports()).isEqualTo(source.opsetImports());
        assertThat(capsule.producerName()).isEqualTo(source.producerName());
        assertThat(capsule.producerVersion()).isEqualTo(source.producerVersion());
        assertThat(capsule.graph().name()).isEqualTo("block.1");
        assertThat(capsule.graph().nodes()).hasSameSizeAs(plan.nodes());
        for (int i = 0; i < plan.nodes().size(); i++) {
            assertThat(capsule.graph().nodes().get(i).encoded()).isEqualTo(plan.nodes().get(i).encoded());
        }
        assertThat(capsule.graph().inputs()).extracting(OnnxValueInfo::name)
                .isEqualTo(plan.inputs().stream().map(OnnxValueInfo::name).toList());
        assertThat(capsule.graph().outputs()).extracting(OnnxValueInfo::elemType)
                .isEqualTo(plan.outputs().stream().map(OnnxValueInfo::elemType).toList());
        assertThat(capsule.graph().initializers()).hasSize(external.size());
        for (int i = 0; i < external.size(); i++) {
            OnnxTensor t = capsule.graph().initializers().get(i);
            ExternalInitializer e = external.get(i);
            assertThat(t.name()).isEqualTo(e.name());
            assertThat(t.dataType()).isEqualTo(e.dataType());
            assertThat(t.dims()).isEqualTo(e.dims());
            assertThat(t.data()).isEqualTo(new TensorData.FileRange(dir.resolve("weights.bin"), e.offset(), e.length()));
        }
    }

    @Test
    void inlineDataRoundTripsIncludingStrings() {
        OnnxModel source = read(dir, "source.onnx", model(graph("g",
                List.of(node("n", "Identity", List.of("x"), List.of("y"))),
                List.of(floatTensor("f", new float[] {1, 2}, 2),
                        tensorHeader("s", OnnxDataType.STRING, 2).stringField(6, "hello").stringField(6, "")),
                List.of(valueInfo("x", OnnxDataType.FLOAT, 2)), List.of(valueInfo("y", OnnxDataType.FLOAT, 2)))));
        byte[] bytes = OnnxModelWriter.capsuleModelWithInlineData(source, "copy", source.graph().nodes(),
                source.graph().inputs(), source.graph().outputs(), List.of(), source.graph().initializers());
        OnnxModel copy = read(dir, "copy.onnx", bytes);

        assertThat(copy.graph().initializers()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(OnnxModelWriter.bytes(copy.graph().initializers().get(i).data()))
                    .isEqualTo(OnnxModelWriter.bytes(source.graph().initializers().get(i).data()));
        }
        assertThat(copy.graph().initializers().get(0).data()).isInstanceOf(TensorData.FileRange.class);
        assertThat(copy.graph().outputs().getFirst().encoded()).isEqualTo(source.graph().outputs().getFirst().encoded());
    }

    @Test
    void builtValueInfoReadsBack() {
        List<OnnxDim> shape = List.of(OnnxDim.symbolic("batch"), OnnxDim.of(3), OnnxDim.unknown());
        OnnxValueInfo built = OnnxValueInfo.tensor("v", OnnxDataType.INT64, shape);
        io.neurograph.engine.capsule.proto.ProtoWriter g = graph("g", List.of(), List.of(), List.of(), List.of());
        g.bytesField(13, built.encoded());
        OnnxValueInfo read = read(dir, "vi.onnx", model(g)).graph().valueInfo().getFirst();

        assertThat(read.name()).isEqualTo("v");
        assertThat(read.elemType()).isEqualTo(OnnxDataType.INT64);
        assertThat(read.shape()).isEqualTo(shape);
        assertThat(OnnxValueInfo.tensor("u", OnnxDataType.FLOAT, null).shape()).isNull();
    }
}

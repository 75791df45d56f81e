package io.neurograph.engine.capsule.onnx;

import static io.neurograph.engine.capsule.onnx.TinyOnnx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.proto.ProtoWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tensor encodings, validation and attributes on small hand-built models. */
class OnnxReaderTensorTest {
    @TempDir
    Path dir;

    private OnnxModel withInitializers(ProtoWriter... tensors) {
        ProtoWriter g = graph("g", List.of(node("id", "Identity", List.of("x"), List.of("y"))), List.of(tensors),
                List.of(valueInfo("x", OnnxDataType.FLOAT, 2)), List.of(valueInfo("y", OnnxDataType.FLOAT, 2)));
        return read(dir, "m.onnx", model(g));
    }

    private static byte[] inline(OnnxTensor t) {
        return ((TensorData.Inline) t.data()).bytes();
    }

    private static byte[] le(int width, long... values) {
        ByteBuffer b = ByteBuffer.allocate(width * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            switch (width) {
                case 1 -> b.put((byte) v);
                case 2 -> b.putShort((short) v);
                case 4 -> b.putInt((int) v);
                default -> b.putLong(v);
            }
        }
        return b.array();
    }

    @Test
    void typedFieldsBecomeRawLittleEndianBytes() {
        ProtoWriter floatsUnpacked = tensorHeader("fu", OnnxDataType.FLOAT, 2).floatField(4, 1f).floatField(4, -2f);
        ProtoWriter half = tensorHeader("h", OnnxDataType.FLOAT16, 2).packedVarints(5, new long[] {0x3C00, 0xC000});
        ProtoWriter bools = tensorHeader("b", OnnxDataType.BOOL, 3).varintField(5, 1).varintField(5, 0).varintField(5, 1);
        ProtoWriter int8 = tensorHeader("i8", OnnxDataType.INT8, 2).packedVarints(5, new long[] {-3, 127});
        ProtoWriter int4 = tensorHeader("i4", OnnxDataType.INT4, 5).packedVarints(5, new long[] {0x21, 0x43, 0x05});
        ProtoWriter int32 = tensorHeader("i32", OnnxDataType.INT32, 2).packedVarints(5, new long[] {-1, 70000});
        ProtoWriter int64 = int64Tensor("i64", new long[] {-1, 1L << 40}, 2);
        ProtoWriter doubles = tensorHeader("d", OnnxDataType.DOUBLE, 1).packedDoubles(10, new double[] {0.5});
        ProtoWriter u32 = tensorHeader("u32", OnnxDataType.UINT32, 2).packedVarints(11, new long[] {4_000_000_000L, 1});
        ProtoWriter complex = tensorHeader("c", OnnxDataType.COMPLEX64, 1).packedFloats(4, new float[] {1f, 2f});
        ProtoWriter strings = tensorHeader("s", OnnxDataType.STRING, 2).stringField(6, "ab").stringField(6, "");
        ProtoWriter scalar = floatTensor("scalar", new float[] {3f});
        OnnxGraph g = withInitializers(floatsUnpacked, half, bools, int8, int4, int32, int64, doubles, u32, complex,
                strings, scalar).graph();

        List<OnnxTensor> t = g.initializers();
        assertThat(inline(t.get(0))).containsExactly(le(4, Float.floatToIntBits(1f), Float.floatToIntBits(-2f)));
        assertThat(inline(t.get(1))).containsExactly(le(2, 0x3C00, 0xC000));
        assertThat(inline(t.get(2))).containsExactly(1, 0, 1);
        assertThat(inline(t.get(3))).containsExactly(-3, 127);
        assertThat(inline(t.get(4))).containsExactly(0x21, 0x43, 0x05);
        assertThat(t.get(4).data().byteLength()).isEqualTo(OnnxDataType.INT4.byteSize(5));
        assertThat(inline(t.get(5))).containsExactly(le(4, -1, 70000));
        assertThat(inline(t.get(6))).containsExactly(le(8, -1, 1L << 40));
        assertThat(inline(t.get(7))).containsExactly(le(8, Double.doubleToLongBits(0.5)));
        assertThat(inline(t.get(8))).containsExactly(le(4, 4_000_000_000L, 1));
        assertThat(inline(t.get(9))).hasSize(8);
        assertThat(inline(t.get(10))).containsExactly(2, 0, 0, 0, 0, 0, 0, 0, 'a', 'b', 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(t.get(11).dims()).isEmpty();
        assertThat(t.get(11).elementCount()).isEqualTo(1);
    }

    @Test
    void rawDataStaysInTheFile() throws IOException {
        byte[] raw = le(4, 1, 2, 3);
        OnnxModel m = withInitializers(rawTensor("r", OnnxDataType.INT32, raw, 3));
        TensorData.FileRange range = (TensorData.FileRange) m.graph().initializers().getFirst().data();
        byte[] file = Files.readAllBytes(m.file());
        assertThat(java.util.Arrays.copyOfRange(file, (int) range.offset(), (int) (range.offset() + range.length())))
                .containsExactly(raw);
        assertThat(OnnxModelWriter.bytes(range)).containsExactly(raw);
    }

    @Test
    void dataLengthMustMatchDims() {
        assertThatThrownBy(() -> withInitializers(rawTensor("x", OnnxDataType.FLOAT, new byte[400], 10)))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("tensor 'x' raw_data length 400 does not match 10 x FLOAT (40 bytes)");
        assertThatThrownBy(() -> withInitializers(floatTensor("f", new float[] {1, 2, 3}, 2)))
                .hasMessageContaining("tensor 'f' has 3 values in field 4, expected 2");
        assertThatThrownBy(() -> withInitializers(rawTensor("n", OnnxDataType.FLOAT, new byte[0], -1)))
                .hasMessageContaining("negative dimension -1");
        assertThatThrownBy(() -> withInitializers(rawTensor("o", OnnxDataType.FLOAT, new byte[0], 1L << 40, 1L << 40)))
                .hasMessageContaining("overflows");
        assertThatThrownBy(() -> withInitializers(rawTensor("u", OnnxDataType.FLOAT, new byte[4], 1)
                .varintField(2, 99)))
                .hasMessageContaining("unknown data type");
        assertThatThrownBy(() -> withInitializers(tensorHeader("m", OnnxDataType.FLOAT, 4)))
                .hasMessageContaining("no data for 4 elements");
        assertThatThrownBy(() -> withInitializers(tensorHeader("w", OnnxDataType.INT64, 1).packedFloats(4,
                new float[] {1}))).hasMessageContaining("cannot store data in field 4");
        assertThatThrownBy(() -> withInitializers(floatTensor("two", new float[] {1}, 1).bytesField(9, new byte[4])))
                .hasMessageContaining("both field 4 and field 9");
    }

    @Test
    void externalDataResolvesNextToTheModel() throws IOException {
        Files.write(dir.resolve("w.bin"), new byte[100]);
        OnnxModel m = withInitializers(externalTensor("e", OnnxDataType.FLOAT, "w.bin", 16, 24, 2, 3));
        assertThat(m.graph().initializers().getFirst().data())
                .isEqualTo(new TensorData.FileRange(dir.resolve("w.bin"), 16, 24));

        assertThatThrownBy(() -> withInitializers(externalTensor("e", OnnxDataType.FLOAT, "w.bin", 80, 24, 6)))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("beyond the end of 'w.bin'");
        assertThatThrownBy(() -> withInitializers(externalTensor("e", OnnxDataType.FLOAT, "w.bin", 0, 20, 6)))
                .hasMessageContaining("external length 20 does not match 6 x FLOAT (24 bytes)");
        assertThatThrownBy(() -> withInitializers(externalTensor("e", OnnxDataType.FLOAT, "../w.bin", 0, 24, 6)))
                .hasMessageContaining("'..'");
        assertThatThrownBy(() -> withInitializers(externalTensor("e", OnnxDataType.FLOAT,
                dir.resolve("w.bin").toString(), 0, 24, 6))).hasMessageContaining("is absolute");
        assertThatThrownBy(() -> withInitializers(externalTensor("e", OnnxDataType.FLOAT, "missing.bin", 0, 24, 6)))
                .hasMessageContaining("'missing.bin' not found");
    }

    @Test
    void attributesOfEveryKindAndSubgraphs() {
        ProtoWriter thenBranch = graph("then", List.of(node("inner", "Add", List.of("outer", "local"), List.of("r"))),
                List.of(floatTensor("local", new float[] {1})), List.of(), List.of(valueInfo("r", OnnxDataType.FLOAT)));
        ProtoWriter elseBranch = graph("else", List.of(node("inner2", "Identity", List.of("outer"), List.of("r2"))),
                List.of(), List.of(), List.of(valueInfo("r2", OnnxDataType.FLOAT)));
        ProtoWriter ifNode = node("if", "If", List.of("cond"), List.of("y"), attrGraph("then_branch", thenBranch),
                attrGraph("else_branch", elseBranch));
        ProtoWriter all = node("all", "Custom", List.of("x"), List.of("z"),
                attr("f", OnnxAttribute.Type.FLOAT).floatField(2, 0.5f),
                attrInt("i", -1),
                attr("s", OnnxAttribute.Type.STRING).stringField(4, "text"),
                attrTensor("t", int64Tensor("v", new long[] {7}, 1)),
                attr("fs", OnnxAttribute.Type.FLOATS).packedFloats(7, new float[] {1, 2}),
                attrInts("is", -1, 3),
                attr("ss", OnnxAttribute.Type.STRINGS).stringField(9, "a").stringField(9, "b"),
                attr("ts", OnnxAttribute.Type.TENSORS).messageField(10, floatTensor("t1", new float[] {1}, 1)),
                attr("gs", OnnxAttribute.Type.GRAPHS).messageField(11, elseBranch),
                attr("sp", OnnxAttribute.Type.SPARSE_TENSOR).messageField(22, new ProtoWriter()),
                attr("tp", OnnxAttribute.Type.TYPE_PROTO).messageField(14, new ProtoWriter()));
        ProtoWriter g = graph("g", List.of(ifNode, all), List.of(), List.of(valueInfo("x", OnnxDataType.FLOAT)),
                List.of(valueInfo("y", OnnxDataType.FLOAT)));
        OnnxModel m = read(dir, "attrs.onnx", model(g));

        OnnxNode ifRead = m.graph().nodes().get(0);
        assertThat(ifRead.attribute("then_branch").type()).isEqualTo(OnnxAttribute.Type.GRAPH);
        assertThat(OnnxPartitioner.outerReferences(ifRead.attribute("then_branch").g())).containsExactly("outer");
        OnnxNode node = m.graph().nodes().get(1);
        assertThat(node.attribute("f").f()).isEqualTo(0.5f);
        assertThat(node.attribute("i").i()).isEqualTo(-1);
        assertThat(new String(node.attribute("s").s())).isEqualTo("text");
        assertThat(inline(node.attribute("t").t())).containsExactly(le(8, 7));
        assertThat(node.attribute("fs").floats()).containsExactly(1f, 2f);
        assertThat(node.attribute("is").ints()).containsExactly(-1L, 3L);
        assertThat(node.attribute("ss").strings()).hasSize(2);
        assertThat(node.attribute("ts").tensors()).hasSize(1);
        assertThat(node.attribute("gs").graphs()).hasSize(1);
        assertThat(node.attribute("sp").sparseTensorCount()).isEqualTo(1);
        assertThat(node.attribute("tp").typeProtoCount()).isEqualTo(1);
        assertThat(m.graph().nodes().get(0).encoded()).isEqualTo(ifNode.toByteArray());
    }

    @Test
    void deeplyNestedSubgraphsAreRejected() {
        ProtoWriter g = graph("leaf", List.of(), List.of(), List.of(), List.of());
        for (int depth = 0; depth < 70; depth++) {
            g = graph("g" + depth, List.of(node("if", "If", List.of("c"), List.of("y"), attrGraph("then_branch", g))),
                    List.of(), List.of(), List.of());
        }
        byte[] bytes = model(g);
        assertThatThrownBy(() -> read(dir, "deep.onnx", bytes)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("nested deeper than 64");
    }

    @Test
    void notAModel() {
        assertThatThrownBy(() -> read(dir, "empty.onnx", new byte[0])).hasMessageContaining("empty file");
        assertThatThrownBy(() -> read(dir, "nograph.onnx", new ProtoWriter().varintField(1, 7).toByteArray()))
                .hasMessageContaining("no graph");
        assertThatThrownBy(() -> OnnxReader.read(dir.resolve("absent.onnx"))).isInstanceOf(ModelFormatException.class);
    }
}

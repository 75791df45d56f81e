package io.neurograph.engine.capsule.onnx;

import static io.neurograph.engine.capsule.onnx.TinyOnnx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.proto.ProtoWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated ONNX files from a fixed seed: every one must parse (and then partition) or throw
 * ModelFormatException, each within a second.
 */
class OnnxReaderFuzzTest {
    private static final long SEED = 0x7130_0C0DEL;
    private static final long LIMIT_NANOS = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void mutatedCapsuleModelsParseOrFailCleanly() throws IOException {
        int outcomes = fuzz(capsuleWithExternalWeights(), 1200, new Random(SEED));
        assertThat(outcomes).isEqualTo(1200);
    }

    @Test
    void mutatedHandBuiltModelsParseOrFailCleanly() throws IOException {
        int outcomes = fuzz(handBuilt(), 600, new Random(SEED + 1));
        assertThat(outcomes).isEqualTo(600);
    }

    /** Block 0 of the int8 MiniLM as a capsule model with external weights in weights.bin next to it. */
    private byte[] capsuleWithExternalWeights() throws IOException {
        OnnxModel model = OnnxReader.read(TestModels.minilmInt8());
        CapsulePlan block = OnnxPartitioner.partition(model, new CapsuleMode.Auto()).get(1);
        List<ExternalInitializer> external = new ArrayList<>();
        long offset = 0;
        for (OnnxTensor t : model.graph().initializers()) {
            if (block.initializers().contains(t.name())) {
                external.add(new ExternalInitializer(t.name(), t.dataType(), t.dims(), "weights.bin", offset,
                        t.data().byteLength()));
                offset += t.data().byteLength();
            }
        }
        try (RandomAccessFile weights = new RandomAccessFile(dir.resolve("weights.bin").toFile(), "rw")) {
            weights.setLength(offset);
        }
        byte[] bytes = OnnxModelWriter.capsuleModel(model, "block.0", block.nodes(), block.inputs(), block.outputs(),
                OnnxPartitioner.internalValueInfo(model, block), external);
        assertThat(readModel(bytes)).as("the unmutated base parses").isNotNull();
        return bytes;
    }

    /** Typed fields, raw data, strings, attributes of every kind and a subgraph, in one small model. */
    private byte[] handBuilt() throws IOException {
        ProtoWriter body = graph("then", List.of(node("inner", "Add", List.of("h", "one"), List.of("r"))),
                List.of(floatTensor("one", new float[] {1})), List.of(), List.of(valueInfo("r", OnnxDataType.FLOAT)));
        List<ProtoWriter> nodes = List.of(
                node("/layer.0/c", "Constant", List.of(), List.of("c"), attrTensor("value",
                        int64Tensor("", new long[] {-1, 2}, 2))),
                node("/layer.0/relu", "Relu", List.of("x"), List.of("h")),
                node("/layer.0/gt", "Greater", List.of("h", "w"), List.of("cond")),
                node("/layer.1/if", "If", List.of("cond"), List.of("y"), attrGraph("then_branch", body),
                        attrGraph("else_branch", body), attrInts("axes", -1, 3),
                        attr("f", OnnxAttribute.Type.FLOATS).packedFloats(7, new float[] {0.5f, 2})));
        List<ProtoWriter> initializers = List.of(
                floatTensor("w", new float[] {1, 2, 3, 4}, 2, 2),
                tensorHeader("h16", OnnxDataType.FLOAT16, 2).packedVarints(5, new long[] {0x3C00, 0x4000}),
                tensorHeader("u4", OnnxDataType.UINT4, 3).packedVarints(5, new long[] {0x21, 0x03}),
                int64Tensor("i64", new long[] {Long.MIN_VALUE, 5}, 2),
                tensorHeader("d", OnnxDataType.DOUBLE, 1).packedDoubles(10, new double[] {1.5}),
                tensorHeader("s", OnnxDataType.STRING, 1).stringField(6, "text"),
                rawTensor("raw", OnnxDataType.INT16, new byte[] {1, 0, 2, 0}, 2));
        byte[] bytes = model(graph("g", nodes, initializers, List.of(valueInfo("x", OnnxDataType.FLOAT, "n", 2)),
                List.of(valueInfo("y", OnnxDataType.FLOAT, "n", 2))));
        assertThat(readModel(bytes)).as("the unmutated base parses").isNotNull();
        return bytes;
    }

    private int fuzz(byte[] base, int count, Random random) throws IOException {
        int outcomes = 0;
        int parsed = 0;
        long slowest = 0;
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(8);
            byte[] mutant = mutate(base, kind, random);
            long start = System.nanoTime();
            try {
                OnnxModel model = readModel(mutant);
                OnnxPartitioner.partition(model, new CapsuleMode.Auto());
                parsed++;
            } catch (ModelFormatException expected) {
                assertThat(expected.getMessage()).doesNotContain("\n");
            } catch (Throwable t) {
                Files.write(dir.resolve("failing-" + i + ".onnx"), mutant);
                fail("mutant " + i + " (kind " + kind + ") threw " + t, t);
            }
            long nanos = System.nanoTime() - start;
            assertThat(nanos).as("mutant %d (kind %d) took %d ms", i, kind, nanos / 1_000_000).isLessThan(LIMIT_NANOS);
            slowest = Math.max(slowest, nanos);
            outcomes++;
        }
        System.out.printf("fuzz: %d mutants of %d bytes, %d parsed and partitioned, %d rejected, slowest %.1f ms%n",
                count, base.length, parsed, count - parsed, slowest / 1e6);
        return outcomes;
    }

    private OnnxModel readModel(byte[] bytes) throws IOException {
        Path file = dir.resolve("fuzz.onnx");
        Files.write(file, bytes);
        return OnnxReader.read(file);
    }

    private static byte[] mutate(byte[] base, int kind, Random random) {
        byte[] b = base.clone();
        switch (kind) {
            case 0 -> { // bit flips
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    int p = random.nextInt(b.length);
                    b[p] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 1 -> { // byte overwrites
                for (int k = 1 + random.nextInt(16); k > 0; k--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2 -> { // truncation
                return Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 3 -> { // an inflated length after a length-delimited key
                return inflateLength(b, random);
            }
            case 4 -> { // garbage
                byte[] g = new byte[random.nextInt(4096)];
                random.nextBytes(g);
                return g;
            }
            case 5 -> { // inserted bytes
                int p = random.nextInt(b.length);
                byte[] extra = new byte[1 + random.nextInt(12)];
                random.nextBytes(extra);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, p);
                out.write(extra, 0, extra.length);
                out.write(b, p, b.length - p);
                return out.toByteArray();
            }
            case 6 -> { // a chunk copied over another place
                int from = random.nextInt(b.length);
                int to = random.nextInt(b.length);
                int length = Math.min(random.nextInt(256), Math.min(b.length - from, b.length - to));
                System.arraycopy(base, from, b, to, length);
                return b;
            }
            default -> { // a run of 0xFF: 10-byte varints, huge values, wire type 7
                int p = random.nextInt(b.length);
                Arrays.fill(b, p, Math.min(b.length, p + 1 + random.nextInt(11)), (byte) 0xFF);
                return b;
            }
        }
    }

    private static byte[] inflateLength(byte[] b, Random random) {
        for (int attempt = 0; attempt < 64; attempt++) {
            int p = random.nextInt(b.length - 1);
            if ((b[p] & 7) != 2) {
                continue;
            }
            int end = p + 1;
            while (end < b.length && (b[end] & 0x80) != 0) {
                end++;
            }
            if (end >= b.length) {
                continue;
            }
            long huge = random.nextBoolean() ? (1L << (7 + random.nextInt(57))) - 1 : -1L - random.nextInt(100);
            byte[] varint = new ProtoWriter().varint(huge).toByteArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(b, 0, p + 1);
            out.write(varint, 0, varint.length);
            out.write(b, end + 1, b.length - end - 1);
            return out.toByteArray();
        }
        return b;
    }
}

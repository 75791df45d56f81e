package io.neurograph.engine.capsule.cgraph;

import static io.neurograph.engine.capsule.cgraph.CgraphSamples.crc;
import static io.neurograph.engine.capsule.cgraph.CgraphSamples.headerInt;
import static io.neurograph.engine.capsule.cgraph.CgraphSamples.headerLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgraphWriterTest {
    private static final long BIG = 10L * 1024 * 1024 + 123;

    @TempDir
    Path dir;

    @Test
    void writesHeaderManifestAndAlignedTensorsThatReadBackByMapping() throws IOException {
        Path out = dir.resolve("model.cgraph");
        CgraphSamples.Sources sources = CgraphSamples.writeSample(out, BIG, 1);
        byte[] raw = Files.readAllBytes(out);

        assertThat(Arrays.copyOf(raw, 8)).containsExactly(0x89, 'C', 'G', 'R', 'A', 'P', 'H', '\n');
        assertThat(headerInt(raw, 8)).isEqualTo(1);            // major 1, minor 0
        assertThat(headerInt(raw, 12)).isZero();               // flags: full file
        assertThat(headerInt(raw, 36)).isEqualTo(4096);
        assertThat(headerLong(raw, 40)).isEqualTo(raw.length);
        assertThat(headerLong(raw, 16) % 4096).isZero();       // manifest aligned too
        assertThat(headerLong(raw, 16) + headerLong(raw, 24)).isEqualTo(raw.length);
        assertThat(Arrays.copyOfRange(raw, 48, 60)).containsOnly(0);
        assertThat(Files.exists(dir.resolve("model.cgraph.part"))).isFalse();

        try (CgraphFile file = CgraphFile.open(out); Arena arena = Arena.ofConfined();
                FileChannel channel = FileChannel.open(out, StandardOpenOption.READ)) {
            assertThat(file.isMini()).isFalse();
            assertThat(file.fullFile()).isEqualTo(out);
            CgraphManifest m = file.manifest();
            assertThat(m.schemaVersion()).isEqualTo(1);
            assertThat(m.model()).isEqualTo(CgraphSamples.MODEL);
            assertThat(m.conversion()).isEqualTo(CgraphSamples.CONVERSION);
            assertThat(m.inputs()).isEqualTo(CgraphSamples.INPUTS);
            assertThat(m.outputs()).isEqualTo(CgraphSamples.OUTPUTS);
            assertThat(m.fullFile()).isNull();
            assertThat(m.capsules()).extracting(CapsuleSpec::name).containsExactly("embeddings", "block0", "head");
            assertThat(m.capsules().get(1).tensors()).containsExactly("w", "mask", "big", "emb");
            assertThat(m.tensor("emb").capsule()).isZero();
            assertThat(m.capsules().get(1).nodes()).containsExactly(new NodeSpec("mm", "MatMul"),
                    new NodeSpec(null, "Add"));
            assertThat(m.capsules().get(2).graph()).isEqualTo(new BlobRef("none", m.capsules().get(2).region()
                    .offset(), 0, "00000000"));

            MemorySegment mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
            long expectedRegionStart = 4096;
            for (CapsuleSpec c : m.capsules()) {
                Region r = c.region();
                assertThat(r.offset()).isEqualTo(expectedRegionStart);   // regions tile the data area
                assertThat(r.length() % 4096).isZero();
                assertThat(r.crc32c()).isEqualTo(crc(mapped.asSlice(r.offset(), r.length())
                        .toArray(ValueLayout.JAVA_BYTE)));
                expectedRegionStart = r.end();
                if (c.index() < 2) {
                    assertThat(file.graphBlob(c)).isEqualTo(sources.bytes.get("graph:" + c.index()));
                    assertThat(c.graph().crc32c()).isEqualTo(crc(sources.bytes.get("graph:" + c.index())));
                }
            }
            assertThat(expectedRegionStart).isEqualTo(headerLong(raw, 16));
            assertThat(m.tensors()).hasSize(sources.bytes.size() - 2);
            for (TensorSpec t : m.tensors()) {
                assertThat(t.offset() % 4096).as(t.name()).isZero();
                byte[] expected = sources.bytes.get(t.name());
                assertThat(t.length()).isEqualTo(expected.length);
                assertThat(mapped.asSlice(t.offset(), t.length()).toArray(ValueLayout.JAVA_BYTE))
                        .as(t.name()).isEqualTo(expected);
                assertThat(t.crc32c()).isEqualTo(crc(expected));
            }
            assertThat(m.tensor("big").shape()).containsExactly(BIG);
            assertThat(m.tensor("q").dtype()).isEqualTo("ggml:q8_0");
        }
        assertThat(CgraphVerifier.verify(out).ok()).isTrue();
    }

    @Test
    void closeWithoutFinishLeavesNoFileAndKeepsAnOldOne() throws IOException {
        Path out = dir.resolve("m.cgraph");
        Files.writeString(out, "previous");
        try (CgraphWriter w = CgraphWriter.create(out)) {
            w.beginCapsule("c", "block", null, null, null, "onnx-model", new byte[] {1, 2});
            w.addTensor("t", "float32", List.of(2L), 8, TensorSource.of(new byte[8]));
            assertThat(Files.exists(dir.resolve("m.cgraph.part"))).isTrue();
        }
        assertThat(Files.readString(out)).isEqualTo("previous");
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void aFailingSourceBreaksTheWriterAndLeavesNoFile() throws IOException {
        Path out = dir.resolve("m.cgraph");
        try (CgraphWriter w = CgraphWriter.create(out)) {
            w.beginCapsule("c", "block", null, null, null, "none", null);
            assertThatThrownBy(() -> w.addTensor("t", "uint8", List.of(4L), 4, o -> {
                throw new IOException("disk gone");
            })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
            assertThatThrownBy(w::endCapsule).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void refusesWrongLengthsAndMisuse() {
        try (CgraphWriter w = CgraphWriter.create(dir.resolve("m.cgraph"))) {
            assertThatThrownBy(() -> w.addTensor("t", "uint8", List.of(1L), 1, TensorSource.of(new byte[1])))
                    .isInstanceOf(IllegalStateException.class);
            w.beginCapsule("c", "block", null, null, null, "none", null);
            assertThatThrownBy(() -> w.addTensor("t", "float32", List.of(2L), 7, TensorSource.of(new byte[7])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match");
            assertThatThrownBy(() -> w.useTensor("nope")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.finish(CgraphSamples.MODEL, null, null, null))
                    .isInstanceOf(IllegalStateException.class);
        }
        try (CgraphWriter w = CgraphWriter.create(dir.resolve("n.cgraph"))) {
            w.beginCapsule("c", "block", null, null, null, "none", null);
            assertThatThrownBy(() -> w.addTensor("t", "uint8", List.of(8L), 8, TensorSource.of(new byte[9])))
                    .hasMessageContaining("more bytes");
        }
        try (CgraphWriter w = CgraphWriter.create(dir.resolve("o.cgraph"))) {
            w.beginCapsule("c", "block", null, null, null, "none", null);
            assertThatThrownBy(() -> w.addTensor("t", "uint8", List.of(8L), 8, TensorSource.of(new byte[5])))
                    .hasMessageContaining("wrote 5 of its 8 bytes");
        }
        try (CgraphWriter w = CgraphWriter.create(dir.resolve("p.cgraph"))) {
            assertThatThrownBy(() -> w.finish(new ModelInfo(null, "onnx", null, 0, null, null), null, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model.name");
        }
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void anEmptyModelIsAValidFile() {
        Path out = dir.resolve("empty.cgraph");
        try (CgraphWriter w = CgraphWriter.create(out)) {
            w.finish(new ModelInfo("e", "gguf", null, 0, null, Map.of()), null, null, null);
        }
        try (CgraphFile f = CgraphFile.open(out)) {
            assertThat(f.manifest().capsules()).isEmpty();
        }
        assertThat(CgraphVerifier.verify(out).ok()).isTrue();
    }

    /**
     * A 200 MB tensor streamed from a file range: the heap measured halfway through the copy (after a GC)
     * must not have grown by anything like the bytes already written, i.e. the writer holds only its bounded
     * chunk, not the tensor.
     */
    @Test
    void streamsA200MbTensorWithBoundedHeap() throws IOException {
        long length = 200L << 20;
        Path source = dir.resolve("source.bin");
        CRC32C expectedCrc = new CRC32C();
        try (FileChannel ch = FileChannel.open(source, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(1 << 20);
            for (int i = 0; i < length >> 20; i++) {
                block.clear();
                while (block.hasRemaining()) {
                    block.putInt(i * 31 + block.position());
                }
                block.flip();
                expectedCrc.update(block.duplicate());
                while (block.hasRemaining()) {
                    ch.write(block);
                }
            }
        }
        long[] heapGrowth = new long[1];
        long before = usedHeapAfterGc();
        TensorSource halves = out -> {
            TensorSource.ofFileRange(source, 0, length / 2).writeTo(out);
            heapGrowth[0] = usedHeapAfterGc() - before;
            TensorSource.ofFileRange(source, length / 2, length / 2).writeTo(out);
        };
        Path out = dir.resolve("big.cgraph");
        try (CgraphWriter w = CgraphWriter.create(out)) {
            w.beginCapsule("c", "block", null, null, null, "none", null);
            w.addTensor("t", "float32", List.of(length / 4), length, halves);
            w.endCapsule();
            CgraphManifest m = w.finish(CgraphSamples.MODEL, null, null, null);
            assertThat(m.tensor("t").crc32c()).isEqualTo(Checksums.hex(expectedCrc));
        }
        assertThat(heapGrowth[0]).isLessThan(16L << 20);
        assertThat(Files.size(out)).isGreaterThan(length);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}

package io.neurograph.engine.capsule.cgraph;

import static io.neurograph.engine.capsule.cgraph.CgraphSamples.editManifest;
import static io.neurograph.engine.capsule.cgraph.CgraphSamples.fixHeaderCrc;
import static io.neurograph.engine.capsule.cgraph.CgraphSamples.read;
import static io.neurograph.engine.capsule.cgraph.CgraphSamples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.neurograph.engine.capsule.ModelFormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader must reject and what it may ignore (docs/cgraph-format.md, "Compatibility"). */
class CgraphFileTest {
    @TempDir
    Path dir;
    Path file;
    byte[] good;

    @BeforeEach
    void writeSample() {
        file = dir.resolve("m.cgraph");
        CgraphSamples.writeSample(file, 0, 7);
        good = read(file);
    }

    @Test
    void opensTheSample() {
        try (CgraphFile f = CgraphFile.open(file)) {
            assertThat(f.manifest().capsules()).hasSize(3);
            assertThat(f.alignment()).isEqualTo(4096);
        }
    }

    @Test
    void rejectsWrongMagicAndTextModeDamage() {
        assertRejected(b -> b[1] = 'X', "at byte 0: not a .cgraph file (wrong magic)");
        assertRejected(b -> b[7] = '\r', "line endings were converted");
    }

    @Test
    void rejectsAnotherMajorVersionButAcceptsAHigherMinor() {
        assertRejected(b -> header(b).putShort(8, (short) 2), "unsupported .cgraph version 2.0");
        assertAccepted(b -> header(b).putShort(10, (short) 7));
    }

    @Test
    void rejectsUnknownRequiredFlagsButIgnoresOptionalOnes() {
        assertRejected(b -> header(b).putInt(12, 0x4), "requires features this reader does not know (flags 0x4)");
        assertAccepted(b -> header(b).putInt(12, 0x10000));
        assertRejected(b -> header(b).putInt(12, 1), "full_file is missing in a mini file");
    }

    @Test
    void rejectsChecksumMismatches() {
        byte[] b = good.clone();
        b[20] ^= 1;
        write(file, b);
        assertThatThrownBy(() -> CgraphFile.open(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("at byte 60: header checksum mismatch");
        b = good.clone();
        b[b.length - 2] ^= 1;
        write(file, b);
        assertThatThrownBy(() -> CgraphFile.open(file)).hasMessageContaining("manifest checksum mismatch");
    }

    @Test
    void rejectsTruncatedExtendedAndBadHeaderFields() {
        write(file, Arrays.copyOf(good, good.length - 1));
        assertThatThrownBy(() -> CgraphFile.open(file)).hasMessageContaining("truncated or appended to");
        write(file, Arrays.copyOf(good, 30));
        assertThatThrownBy(() -> CgraphFile.open(file)).hasMessageContaining("shorter than the 64-byte");
        assertRejected(b -> header(b).putLong(24, 300L << 20), "manifest length");
        assertRejected(b -> header(b).putLong(16, b.length), "is not inside the file");
        assertRejected(b -> header(b).putLong(16, -5), "is not inside the file");
        assertRejected(b -> header(b).putInt(36, 4095), "alignment 4095 is not a power of two");
    }

    @Test
    void reportsTheJsonLocationOfASyntaxError() {
        byte[] json = "{\"schema_version\":1,\n\"model\": {\"name\" \"x\"}}".getBytes(StandardCharsets.UTF_8);
        write(file, CgraphSamples.withManifest(good, json));
        long manifestAt = CgraphSamples.headerLong(good, 16);
        assertThatThrownBy(() -> CgraphFile.open(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("manifest JSON is invalid")
                .hasMessageContaining("line 2, column")
                .hasMessageContaining("at byte " + (manifestAt + 38));
    }

    @Test
    void namesTheFieldOfATypeErrorAndLimitsNesting() {
        editManifest(file, m -> region(m, 2).putArray("offset"));
        assertThatThrownBy(() -> CgraphFile.open(file)).isInstanceOf(ModelFormatException.class).hasMessageContaining(
                "manifest JSON is invalid at capsules[2].region.offset: Cannot deserialize value of type `long`");
        for (Consumer<ObjectNode> wrongType : List.<Consumer<ObjectNode>>of(m -> region(m, 2).put("offset", "4096"),
                m -> region(m, 2).put("offset", 4096.5), m -> tensor(m, 0).put("name", 7),
                m -> tensor(m, 0).put("dtype", true))) {
            write(file, good);
            editManifest(file, wrongType);
            assertThatThrownBy(() -> CgraphFile.open(file)).isInstanceOf(ModelFormatException.class)
                    .hasMessageContaining("manifest JSON is invalid at ");
        }
        write(file, good);
        byte[] deep = new String(CgraphSamples.manifestBytes(good), StandardCharsets.UTF_8).replace("\"metadata\":{",
                "\"metadata\":{\"deep\":" + "[".repeat(65) + "]".repeat(65) + ",").getBytes(StandardCharsets.UTF_8);
        write(file, CgraphSamples.withManifest(good, deep));
        assertThatThrownBy(() -> CgraphFile.open(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void rejectsANewerSchemaAndMissingRequiredFields() {
        assertManifestRejected(m -> m.put("schema_version", 2), "schema_version 2 is newer");
        assertManifestRejected(m -> m.remove("schema_version"), "schema_version is missing");
        assertManifestRejected(m -> ((ObjectNode) m.get("model")).remove("name"), "model.name is missing");
        assertManifestRejected(m -> m.remove("tensors"), "tensors is missing");
        assertManifestRejected(m -> capsule(m, 1).remove("region"), "capsule 1 'block0' region is missing");
        assertManifestRejected(m -> tensor(m, 0).remove("crc32c"), "tensor 'emb' crc32c is not 8 lowercase hex");
        assertManifestRejected(m -> m.put("full_file", m.objectNode().put("path", "x")), "full_file is set");
    }

    @Test
    void ignoresUnknownFieldsAndMetadataKeys() {
        editManifest(file, m -> {
            m.put("future_field", "x");
            ((ObjectNode) m.get("model").get("metadata")).put("new_key", 1.5);
            capsule(m, 0).putObject("extra").put("a", 1);
        });
        try (CgraphFile f = CgraphFile.open(file)) {
            assertThat(f.manifest().model().metadata()).containsEntry("new_key", 1.5);
        }
    }

    @Test
    void rejectsMisalignedOverlappingOutsideAndMissizedTensors() {
        assertManifestRejected(m -> tensor(m, 0).put("offset", tensor(m, 0).get("offset").asLong() + 16),
                "tensor 'emb' offset");
        assertManifestRejected(m -> tensor(m, 1).put("offset", tensor(m, 0).get("offset").asLong()),
                "tensor 'emb' and tensor 'pos' overlap");
        assertManifestRejected(m -> tensor(m, 0).put("length", 1L << 40), "is not inside the region of capsule 0");
        assertManifestRejected(m -> tensor(m, 0).put("capsule", 9), "capsule 9 does not exist");
        assertManifestRejected(m -> ((ArrayNode) tensor(m, 0).get("shape")).set(0, 63),
                "tensor 'emb' length 8192 does not match shape [63, 32] x float32 (8064 bytes)");
        assertManifestRejected(m -> ((ArrayNode) tensor(m, 0).get("shape")).set(0, -1), "negative dimension");
        assertManifestRejected(m -> ((ArrayNode) tensor(m, 0).get("shape")).add(Long.MAX_VALUE), "too large");
        assertManifestRejected(m -> tensor(m, 1).put("name", "emb"), "tensor name 'emb' appears twice");
        assertManifestRejected(m -> ((ArrayNode) capsule(m, 1).get("tensors")).add("ghost"),
                "uses tensor 'ghost' which is not in the tensor table");
    }

    @Test
    void acceptsAnyLengthForBlockTypesWhoseSizeIsNotKnownFromTheShape() {
        assertManifestAccepted(m -> ((ArrayNode) tensor(m, 4).get("shape")).set(0, 999));
    }

    @Test
    void rejectsRegionsAndBlobsOutsideOrOverlapping() {
        assertManifestRejected(m -> region(m, 0).put("length", region(m, 0).get("length").asLong() + 4096),
                "capsule 0 'embeddings' region and capsule 1 'block0' region overlap");
        assertManifestRejected(m -> region(m, 2).put("length", 1L << 50), "is outside the");
        assertManifestRejected(m -> region(m, 0).put("offset", 4097), "is not a multiple of 4096");
        assertManifestRejected(m -> ((ObjectNode) capsule(m, 0).get("graph")).put("length", 1L << 20),
                "graph blob at");
        assertManifestRejected(m -> capsule(m, 2).put("index", 5), "capsules[2] has index 5");
    }

    @Test
    void aMissingFileIsAFormatProblem() {
        assertThatThrownBy(() -> CgraphFile.open(dir.resolve("nope.cgraph"))).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("file not found");
    }

    private static ByteBuffer header(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ObjectNode capsule(ObjectNode m, int i) {
        return (ObjectNode) m.get("capsules").get(i);
    }

    private static ObjectNode region(ObjectNode m, int i) {
        return (ObjectNode) capsule(m, i).get("region");
    }

    private static ObjectNode tensor(ObjectNode m, int i) {
        return (ObjectNode) m.get("tensors").get(i);
    }

    private void assertRejected(Consumer<byte[]> edit, String message) {
        byte[] b = good.clone();
        edit.accept(b);
        if (b[1] == 'C' && b[7] == '\n' && CgraphSamples.headerInt(b, 60) == CgraphSamples.headerInt(good, 60)) {
            fixHeaderCrc(b);   // header edits reach the check they target, not the header checksum
        }
        write(file, b);
        assertThatThrownBy(() -> CgraphFile.open(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(message);
    }

    private void assertAccepted(Consumer<byte[]> edit) {
        byte[] b = good.clone();
        edit.accept(b);
        fixHeaderCrc(b);
        write(file, b);
        CgraphFile.open(file).close();
    }

    private void assertManifestRejected(Consumer<ObjectNode> edit, String message) {
        write(file, good);
        editManifest(file, edit);
        assertThatThrownBy(() -> CgraphFile.open(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("at byte " + CgraphSamples.headerLong(good, 16)).hasMessageContaining(message);
    }

    private void assertManifestAccepted(Consumer<ObjectNode> edit) {
        write(file, good);
        editManifest(file, edit);
        CgraphFile.open(file).close();
    }
}

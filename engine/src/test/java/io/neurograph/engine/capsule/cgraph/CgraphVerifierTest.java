package io.neurograph.engine.capsule.cgraph;

import static io.neurograph.engine.capsule.cgraph.CgraphSamples.editManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgraphVerifierTest {
    @TempDir
    Path dir;
    Path full;
    Path mini;

    @BeforeEach
    void writeFiles() {
        full = dir.resolve("m.cgraph");
        mini = dir.resolve("m.mini.cgraph");
        CgraphSamples.writeSample(full, 100_000, 11);
        MiniCgraph.write(mini, full);
    }

    @Test
    void aDamagedByteInACapsuleRegionIsReportedForThatCapsule() throws IOException {
        TensorSpec big;
        try (CgraphFile f = CgraphFile.open(full)) {
            big = f.manifest().tensor("big");
        }
        flipByte(full, big.offset() + 5000);
        byte[] miniBefore = Files.readAllBytes(mini);

        for (Path file : new Path[] {full, mini}) {
            VerifyReport report = CgraphVerifier.verify(file);
            assertThat(report.ok()).isFalse();
            assertThat(report.problems()).isEmpty();
            assertThat(report.capsules()).extracting(CapsuleCheck::ok).containsExactly(true, false, true);
            assertThat(report.capsules().get(1).problem()).contains("region bytes damaged")
                    .contains("tensor 'big' crc32c");
        }
        VerifyReport repair = CgraphVerifier.repair(mini);
        assertThat(repair.ok()).isFalse();
        assertThat(repair.problems()).anySatisfy(p -> assertThat(p).contains("must be re-converted")
                .contains("the mini was not changed"));
        assertThat(repair.changes()).isEmpty();
        assertThat(Files.readAllBytes(mini)).isEqualTo(miniBefore);
    }

    @Test
    void damagedPaddingAndGraphBlobsAreFound() throws IOException {
        flipByte(full, 100);   // padding after the header, outside every region
        VerifyReport report = CgraphVerifier.verify(full);
        assertThat(report.problems()).containsExactly("non-zero byte at 100 in padding outside every region");

        CapsuleSpec c;
        try (CgraphFile m = CgraphFile.open(mini)) {
            c = m.manifest().capsules().get(0);
        }
        flipByte(mini, c.graph().offset() + 10);
        report = CgraphVerifier.verify(mini);
        assertThat(report.capsules().get(0).problem()).contains("graph blob in the mini crc32c");
        try (CgraphFile m = CgraphFile.open(mini)) {
            assertThatThrownBy(() -> m.graphBlob(c)).isInstanceOf(ModelFormatException.class)
                    .hasMessageContaining("graph blob of capsule 0 'embeddings' is corrupted");
        }
    }

    @Test
    void aStaleIndexEntryIsReportedAndRepaired() {
        editManifest(mini, m -> ((ObjectNode) m.get("capsules").get(2).get("region")).put("crc32c", "00000000"));
        VerifyReport report = CgraphVerifier.verify(mini);
        assertThat(report.ok()).isFalse();
        assertThat(report.capsules()).extracting(CapsuleCheck::ok).containsExactly(true, true, false);
        assertThat(report.capsules().get(2).problem()).startsWith("index entry {offset ")
                .contains("crc32c 00000000} differs from the full file's region");

        VerifyReport repaired = CgraphVerifier.repair(mini);
        assertThat(repaired.ok()).as(repaired.toString()).isTrue();
        assertThat(repaired.changes()).singleElement().asString()
                .startsWith("capsule 2 'head' index crc32c: 00000000 -> ");
        assertThat(CgraphVerifier.verify(mini).ok()).isTrue();
        assertThat(CgraphVerifier.repair(mini).changes()).isEmpty();
    }

    @Test
    void repairRefusesAFullFileOfAnotherModel() throws IOException {
        Path other = Files.copy(full, dir.resolve("other.cgraph"));
        editManifest(other, m -> ((ObjectNode) m.get("model")).put("source_sha256", "cd".repeat(32)));
        byte[] before = Files.readAllBytes(mini);

        VerifyReport report = CgraphVerifier.repair(mini, other);

        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).singleElement().asString()
                .contains("converted from", "cd".repeat(32), "the mini was not changed");
        assertThat(Files.readAllBytes(mini)).isEqualTo(before);
    }

    @Test
    void anUnreadableMiniIsRebuiltButOtherFilesAreNeverOverwritten() throws IOException {
        byte[] bytes = Files.readAllBytes(mini);
        bytes[bytes.length - 3] ^= 0x55;   // manifest checksum now wrong
        Files.write(mini, bytes);
        assertThatThrownBy(() -> CgraphVerifier.verify(mini)).isInstanceOf(ModelFormatException.class);
        VerifyReport repaired = CgraphVerifier.repair(mini, full);
        assertThat(repaired.ok()).isTrue();
        assertThat(repaired.changes()).containsExactly("the mini was missing or unreadable; rebuilt from the full file");
        assertThat(CgraphVerifier.verify(mini).ok()).isTrue();

        byte[] fullBytes = Files.readAllBytes(full);
        assertThatThrownBy(() -> CgraphVerifier.repair(full)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("is a full file");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a cgraph");
        assertThatThrownBy(() -> CgraphVerifier.repair(text, full)).isInstanceOf(ModelFormatException.class);
        assertThat(Files.readString(text)).isEqualTo("not a cgraph");
        assertThat(Files.readAllBytes(full)).isEqualTo(fullBytes);
    }

    private static void flipByte(Path file, long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) offset] ^= 0x01;
        Files.write(file, bytes);
    }
}

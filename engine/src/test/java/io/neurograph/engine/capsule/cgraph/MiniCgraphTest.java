package io.neurograph.engine.capsule.cgraph;

import static io.neurograph.engine.capsule.cgraph.CgraphSamples.headerInt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiniCgraphTest {
    @TempDir
    Path dir;

    @Test
    void theMiniHoldsGraphsAndTheIndexButNoWeights() throws IOException {
        Path full = dir.resolve("models").resolve("m.cgraph");
        Files.createDirectories(full.getParent());
        CgraphSamples.Sources sources = CgraphSamples.writeSample(full, 3 << 20, 3);
        Path mini = dir.resolve("minis").resolve("m.mini.cgraph");
        Files.createDirectories(mini.getParent());

        CgraphManifest written = MiniCgraph.write(mini, full);

        byte[] raw = Files.readAllBytes(mini);
        assertThat(headerInt(raw, 12)).isEqualTo(1);   // mini flag
        assertThat((long) raw.length).isLessThan(Files.size(full) / 100);
        assertThat(Files.exists(mini.resolveSibling("m.mini.cgraph.part"))).isFalse();
        try (CgraphFile m = CgraphFile.open(mini); CgraphFile f = CgraphFile.open(full)) {
            assertThat(m.isMini()).isTrue();
            assertThat(m.manifest()).isEqualTo(written);
            FullFileRef ref = m.manifest().fullFile();
            assertThat(ref.path()).isEqualTo("../models/m.cgraph");
            assertThat(ref.size()).isEqualTo(Files.size(full));
            assertThat(ref.manifestSha256()).isEqualTo(Checksums.sha256(CgraphSamples.manifestBytes(
                    Files.readAllBytes(full))));
            assertThat(m.fullFile()).isEqualTo(full.toAbsolutePath());
            assertThat(m.manifest().tensors()).isEqualTo(f.manifest().tensors());
            assertThat(m.manifest().model()).isEqualTo(f.manifest().model());
            for (CapsuleSpec c : m.manifest().capsules()) {
                CapsuleSpec inFull = f.manifest().capsules().get(c.index());
                assertThat(c.region()).isEqualTo(inFull.region());
                assertThat(c.graph().length()).isEqualTo(inFull.graph().length());
                assertThat(c.graph().offset()).isLessThan(raw.length);
                assertThat(m.graphBlob(c)).isEqualTo(f.graphBlob(inFull));
            }
            assertThat(m.graphBlob(m.manifest().capsules().get(1))).isEqualTo(sources.bytes.get("graph:1"));
            try (CgraphFile opened = m.openFull()) {
                assertThat(opened.path()).isEqualTo(full.toAbsolutePath());
            }
        }
        VerifyReport report = CgraphVerifier.verify(mini);
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.capsules()).extracting(CapsuleCheck::ok).containsExactly(true, true, true);
    }

    @Test
    void aMissingFullFileGivesAClearMessage() throws IOException {
        Path full = dir.resolve("x.cgraph");
        CgraphSamples.writeSample(full, 0, 4);
        Path mini = dir.resolve("sub").resolve("y.mini.cgraph");
        Files.createDirectories(mini.getParent());
        MiniCgraph.write(mini, full);
        Files.move(full, dir.resolve("moved.cgraph"));

        try (CgraphFile m = CgraphFile.open(mini)) {
            assertThatThrownBy(m::fullFile).isInstanceOf(ModelFormatException.class).hasMessage(mini
                    + ": full file ../x.cgraph not found (referenced by mini y.mini.cgraph)"
                    + CgraphFile.STALE_FULL_FILE_HINT);
            assertThatThrownBy(m::openFull).isInstanceOf(ModelFormatException.class).hasMessageContaining("not found");
        }
        VerifyReport report = CgraphVerifier.verify(mini);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).singleElement().asString().contains("full file ../x.cgraph not found");
        assertThat(report.capsules()).allSatisfy(c -> assertThat(c.problem()).contains("not checked"));

        VerifyReport repaired = CgraphVerifier.repair(mini);
        assertThat(repaired.ok()).isFalse();
        assertThat(repaired.problems()).singleElement().asString().contains("cannot be repaired");

        repaired = CgraphVerifier.repair(mini, dir.resolve("moved.cgraph"));
        assertThat(repaired.ok()).as(repaired.toString()).isTrue();
        assertThat(repaired.changes()).containsExactly("full_file.path: ../x.cgraph -> ../moved.cgraph");
        assertThat(CgraphVerifier.verify(mini).ok()).isTrue();
    }

    @Test
    void aFullFileOfAnotherSizeIsRefused() throws IOException {
        Path full = dir.resolve("x.cgraph");
        CgraphSamples.writeSample(full, 0, 4);
        Path mini = dir.resolve("x.mini.cgraph");
        MiniCgraph.write(mini, full);
        CgraphSamples.writeSample(full, 5000, 4);
        try (CgraphFile m = CgraphFile.open(mini)) {
            assertThatThrownBy(m::fullFile).hasMessageContaining("full file x.cgraph is")
                    .hasMessageContaining("(replaced or changed)");
        }
    }

    @Test
    void aReconvertedFullFileOfTheSameSizeIsDetectedAsStale() {
        Path full = dir.resolve("x.cgraph");
        CgraphSamples.writeSample(full, 0, 4);
        Path mini = dir.resolve("x.mini.cgraph");
        MiniCgraph.write(mini, full);
        CgraphSamples.writeSample(full, 0, 5);   // other bytes, other checksums, same layout and size
        try (CgraphFile m = CgraphFile.open(mini)) {
            assertThat(m.fullFile()).isEqualTo(full.toAbsolutePath());
            assertThatThrownBy(m::openFull).isInstanceOf(ModelFormatException.class)
                    .hasMessageContaining("is not the file this mini was made from");
        }
        VerifyReport report = CgraphVerifier.verify(mini);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("index is stale"));
        assertThat(report.capsules()).allSatisfy(c -> assertThat(c.problem()).contains("index entry"));
        VerifyReport repaired = CgraphVerifier.repair(mini);
        assertThat(repaired.ok()).isTrue();
        assertThat(repaired.changes()).contains("tensor table rewritten from the full file")
                .anySatisfy(c -> assertThat(c).startsWith("full_file.manifest_sha256: "));
        assertThat(CgraphVerifier.verify(mini).ok()).isTrue();
    }

    @Test
    void aMiniIsNotMadeFromAMini() {
        Path full = dir.resolve("x.cgraph");
        CgraphSamples.writeSample(full, 0, 4);
        Path mini = dir.resolve("x.mini.cgraph");
        MiniCgraph.write(mini, full);
        assertThatThrownBy(() -> MiniCgraph.write(dir.resolve("y.mini.cgraph"), mini))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("is a mini file");
        assertThatThrownBy(() -> MiniCgraph.write(full, full)).isInstanceOf(IllegalArgumentException.class);
    }
}

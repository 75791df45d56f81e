package io.neurograph.engine.capsule.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxConverterTest {
    private static final int HEAP_MB = 30;

    @TempDir
    Path dir;

    @Test
    void convertsMiniLmWithoutTouchingTheSource() throws Exception {
        Path source = TestModels.minilmInt8();
        String shaBefore = sha256(source);
        FileTime mtimeBefore = Files.getLastModifiedTime(source);
        List<long[]> weightProgress = new ArrayList<>();
        ConversionListener listener = (stage, done, total) -> {
            if (stage.equals("weights")) {
                weightProgress.add(new long[] {done, total});
            }
        };

        ConversionResult result = OnnxConverter.convert(source, dir.resolve("q.cgraph"), new CapsuleMode.Auto(), listener);

        assertThat(sha256(source)).isEqualTo(shaBefore);
        assertThat(Files.getLastModifiedTime(source)).isEqualTo(mtimeBefore);
        assertThat(result.full()).isEqualTo(dir.resolve("q.cgraph")).isRegularFile();
        assertThat(result.mini()).isEqualTo(dir.resolve("q.mini.cgraph")).isRegularFile();
        assertThat(result.bytesWritten()).isEqualTo(Files.size(result.full()) + Files.size(result.mini()));
        long full = Files.size(result.full());
        long mini = Files.size(result.mini());
        System.out.printf("MiniLM int8: source %,d B, full %,d B, mini %,d B (%.2f %% of full)%n",
                Files.size(source), full, mini, 100.0 * mini / full);
        assertThat(mini).isLessThan(full / 20);

        CgraphManifest manifest = result.manifest();
        assertThat(manifest.model().sourceSha256()).isEqualTo(shaBefore);
        assertThat(manifest.model().sourceFormat()).isEqualTo("onnx");
        assertThat(manifest.model().sourceSize()).isEqualTo(Files.size(source));
        assertThat(manifest.model().metadata()).containsKeys("ir_version", "opset_imports", "producer_name");
        assertThat(manifest.tensors()).hasSize(180);
        assertThat(manifest.capsules()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(manifest.inputs()).extracting(v -> v.name())
                .containsExactly("input_ids", "attention_mask", "token_type_ids");
        long weightBytes = manifest.tensors().stream().mapToLong(t -> t.length()).sum();
        assertThat(weightProgress).isNotEmpty();
        assertThat(weightProgress.getLast()).containsExactly(weightBytes, weightBytes);
        try (CgraphFile file = CgraphFile.open(result.mini())) {
            assertThat(file.isMini()).isTrue();
            assertThat(file.fullFile()).isEqualTo(result.full());
        }
    }

    @Test
    void convertsTheFp32ModelInAHeapMuchSmallerThanIt() throws Exception {
        // a child JVM whose whole heap is a third of the 90 MB model: conversion must stream the weights
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("f.cgraph");
        Process child = new ProcessBuilder(java, "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                ConvertInSmallHeapMain.class.getName(), TestModels.minilmFp32().toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(log).isZero();
        assertThat(Files.size(out)).isGreaterThan(Files.size(TestModels.minilmFp32()));
        assertThat(dir.resolve("f.mini.cgraph")).isRegularFile();
    }

    @Test
    void cancellationLeavesNoFiles() {
        ConversionListener cancelAfterFirstTensor = new ConversionListener() {
            private boolean started;

            @Override
            public void progress(String stage, long done, long total) {
                started |= stage.equals("weights");
            }

            @Override
            public boolean cancelled() {
                return started;
            }
        };
        assertThatThrownBy(() -> OnnxConverter.convert(TestModels.minilmInt8(), dir.resolve("c.cgraph"),
                new CapsuleMode.Auto(), cancelAfterFirstTensor)).isInstanceOf(CancellationException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void interruptionCancels() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> OnnxConverter.convert(TestModels.minilmInt8(), dir.resolve("i.cgraph"),
                new CapsuleMode.Auto(), ConversionListener.NONE)).isInstanceOf(CancellationException.class);
        assertThat(Thread.interrupted()).isFalse();
        assertThat(filesIn(dir)).isEmpty();

        // interrupted in the middle of the hash (channel I/O is closed by the interrupt)
        ConversionListener interruptWhileHashing = (stage, done, total) -> Thread.currentThread().interrupt();
        assertThatThrownBy(() -> OnnxConverter.convert(TestModels.minilmInt8(), dir.resolve("j.cgraph"),
                new CapsuleMode.Auto(), interruptWhileHashing)).isInstanceOf(CancellationException.class);
        Thread.interrupted();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aCorruptSourceFailsWithoutLeavingFiles() throws IOException {
        Path truncated = Files.createDirectories(dir.resolve("src")).resolve("truncated.onnx");
        try (InputStream in = Files.newInputStream(TestModels.minilmInt8())) {
            Files.write(truncated, in.readNBytes(5_000_000));
        }
        Path out = Files.createDirectories(dir.resolve("out")).resolve("t.cgraph");
        assertThatThrownBy(() -> OnnxConverter.convert(truncated, out, new CapsuleMode.Auto(), ConversionListener.NONE))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith(truncated.toString());
        assertThat(filesIn(out.getParent())).isEmpty();
    }

    @Test
    void refusesToOverwriteTheSourceOrMisnameTheOutput() throws IOException {
        Path copy = dir.resolve("model.cgraph");
        Files.copy(TestModels.minilmInt8(), copy);
        assertThatThrownBy(() -> OnnxConverter.convert(copy, copy, new CapsuleMode.Auto(), ConversionListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would overwrite the source model");
        assertThatThrownBy(() -> OnnxConverter.convert(copy, dir.resolve("out.bin"), new CapsuleMode.Auto(),
                ConversionListener.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end in .cgraph");
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.neurograph.engine.ModelSettings;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import io.neurograph.engine.capsule.cgraph.Region;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiro convert | inspect | verify | run} on the real int8 MiniLM model and the gguf-py test file. */
class ModelCliTest extends CliTestSupport {
    private static final String SENTENCE_IDS = "[[101,1996,4248,2829,4419,14523,2058,1996,13971,3899,2379,1996,2314,9299,1012,102]]";

    @TempDir
    static Path shared;
    static Path model;
    static Path full;
    static Path mini;
    static Path inputs;

    @BeforeAll
    static void convertOnce() throws IOException {
        model = Files.copy(TestModels.minilmInt8(), shared.resolve("minilm-q.onnx"));
        full = shared.resolve("minilm-q.cgraph");
        mini = shared.resolve("minilm-q.mini.cgraph");
        Result r = runRaw(NO_DESKTOP, "convert", model.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("7 capsules", "minilm-q.mini.cgraph");
        assertThat(r.err().lines()).anyMatch(l -> l.startsWith("weights") && l.contains("100%"));
        inputs = Files.writeString(shared.resolve("inputs.json"), "{\"input_ids\": " + SENTENCE_IDS
                + ", \"attention_mask\": [[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]],"
                + " \"token_type_ids\": [[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]]}");
    }

    @Test
    void convertWritesFullAndMiniAndLeavesTheSourceAlone() throws IOException {
        Path source = Files.copy(TestModels.minilmInt8(), dataDir.resolve("m.onnx"));
        FileTime before = Files.getLastModifiedTime(source);
        JsonNode j = json("convert", source.toString(), "-o", dataDir.resolve("out.cgraph").toString(),
                "--capsules", "3");
        assertThat(j.get("capsules").asInt()).isEqualTo(3);
        assertThat(j.get("miniBytes").asLong()).isLessThan(j.get("fullBytes").asLong() / 20);
        assertThat(Files.getLastModifiedTime(source)).isEqualTo(before);
        assertThat(Files.mismatch(source, TestModels.minilmInt8())).isEqualTo(-1);
    }

    @Test
    void inspectDescribesEachFormat() {
        JsonNode onnx = json("inspect", model.toString());
        assertThat(onnx.get("format").asText()).isEqualTo("onnx");
        assertThat(onnx.get("operators").get("MatMulInteger").asInt()).isEqualTo(36);
        assertThat(onnx.get("inputs").get(0).get("name").asText()).isEqualTo("input_ids");

        JsonNode cgraph = json("inspect", mini.toString());
        assertThat(cgraph.get("format").asText()).isEqualTo("cgraph-mini");
        assertThat(cgraph.get("capsules")).hasSize(7);
        assertThat(cgraph.get("capsules").get(0).get("name").asText()).isEqualTo("embeddings");

        JsonNode gguf = json("inspect", TestModels.tinyGguf().toString());
        assertThat(gguf.get("format").asText()).isEqualTo("gguf");
        assertThat(gguf.get("metadata").get("general.architecture").get("value").asText()).isEqualTo("llama");
        assertThat(gguf.get("tensors")).extracting(t -> t.get("dtype").asText())
                .containsExactlyInAnyOrder("float32", "ggml:q8_0", "ggml:q4_0");

        assertThat(ok("inspect", mini.toString()).out()).contains("Capsules", "block.5", "last_hidden_state");
    }

    @Test
    void runPrintsTimingsAndWritesOutputs() throws IOException {
        Path out = dataDir.resolve("out.json");
        JsonNode j = json("run", mini.toString(), "--inputs", inputs.toString(), "--output-json", out.toString(),
                "--threads", "1", "--repeat", "3", "--memory-budget", "4m");
        assertThat(j.get("runs").asInt()).isEqualTo(3);
        assertThat(j.get("capsules")).hasSize(7);
        assertThat(j.get("stats").get("capsuleEvictions").asLong()).isPositive();
        JsonNode outputs = JSON.readTree(out.toFile());
        assertThat(outputs.get("last_hidden_state").get("shape").toString()).isEqualTo("[1,16,384]");
        assertThat(outputs.get("last_hidden_state").get("data")).hasSize(16 * 384);

        String text = ok("run", mini.toString(), "--inputs", inputs.toString(), "--threads", "1").out();
        assertThat(text).contains("embeddings", "block.5", "total: first run", "output last_hidden_state");
    }

    @Test
    void runRejectsInputsThatDoNotFitTheModel() throws IOException {
        Path ragged = Files.writeString(dataDir.resolve("ragged.json"), "{\"input_ids\": [[1, 2], [3]]}");
        Path flat = Files.writeString(dataDir.resolve("flat.json"), "{\"input_ids\": [101, 102],"
                + " \"attention_mask\": [1, 1], \"token_type_ids\": [0, 0]}");
        for (Path bad : List.of(ragged, flat, dataDir.resolve("missing.json"))) {
            Result r = run("run", mini.toString(), "--inputs", bad.toString());
            assertThat(r.exit()).as("%s", r).isEqualTo(2);
            assertThat(r.errLines()).hasSize(1)
                    .allMatch(l -> l.startsWith("tiro: ") && l.contains(bad.getFileName().toString()));
        }
    }

    @Test
    void optionsOutOfRangeAreUsageErrors() {
        assertThat(run("run", mini.toString(), "--inputs", inputs.toString(), "--threads", "1000").err())
                .contains("--threads must be 0 (ONNX Runtime's default) or between 1 and "
                        + ModelSettings.MAX_THREADS + " (four per core, as in the desktop app's Settings)");
        assertThat(ok("run", mini.toString(), "--inputs", inputs.toString(), "--threads",
                String.valueOf(ModelSettings.MAX_THREADS)).exit()).as("the most Settings accepts").isZero();
        assertThat(run("run", mini.toString(), "--inputs", inputs.toString(), "--repeat", "0").exit()).isEqualTo(2);
        assertThat(run("run", mini.toString(), "--inputs", inputs.toString(), "--memory-budget", "0").err())
                .contains("at least 1 byte");
        assertThat(run("verify", mini.toString(), "--full", full.toString()).err()).contains("needs --repair");
        Result noFolder = run("convert", model.toString(), "-o", dataDir.resolve("nowhere/x.cgraph").toString());
        assertThat(noFolder.errLines()).singleElement().asString().contains("nowhere", "does not exist");
        assertThat(run("convert", model.toString(), "-o", dataDir.resolve("x.bin").toString()).errLines())
                .singleElement().asString().contains("must end in .cgraph");
    }

    @Test
    void aGgufDerivedFileSaysWhyItCannotRun() {
        Path tiny = dataDir.resolve("tiny.cgraph");
        ok("convert", TestModels.tinyGguf().toString(), "-o", tiny.toString());
        Result r = run("run", dataDir.resolve("tiny.mini.cgraph").toString(), "--inputs", inputs.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("converted from gguf", "tensors only");
    }

    @Test
    void verifyFindsACorruptedCapsuleAndRepairFixesAStaleIndex() throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("v"));
        Path f = Files.copy(full, dir.resolve("minilm-q.cgraph"));
        Path m = Files.copy(mini, dir.resolve("minilm-q.mini.cgraph"));
        assertThat(ok("verify", m.toString()).out()).endsWith("OK" + System.lineSeparator());
        assertThat(json("verify", m.toString()).get("ok").asBoolean()).isTrue();

        Region block1;
        try (CgraphFile file = CgraphFile.open(m)) {
            block1 = file.manifest().capsules().get(2).region();
        }
        flipByte(f, block1.offset() + block1.length() / 2);
        Result broken = run("verify", m.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("block.1", "MISMATCH").endsWith("FAILED" + System.lineSeparator());
        assertThat(run("verify", m.toString(), "--repair").exit()).as("a corrupted full file is not blessed")
                .isEqualTo(1);

        Files.copy(full, f, StandardCopyOption.REPLACE_EXISTING);
        Path moved = Files.move(f, dir.resolve("moved.cgraph"));
        assertThat(run("verify", m.toString()).exit()).isNotZero();
        Result repaired = run("verify", m.toString(), "--repair", "--full", moved.toString());
        assertThat(repaired.exit()).as("%s", repaired).isZero();
        assertThat(repaired.out()).contains("repaired:");
        assertThat(ok("verify", m.toString()).out()).contains("moved.cgraph");
    }

    @Test
    void badFilesGiveOneLineNamingTheFileAndExitCode2Quickly() throws IOException {
        byte[] onnx = Files.readAllBytes(TestModels.minilmInt8());
        byte[] gguf = Files.readAllBytes(TestModels.tinyGguf());
        byte[] cgraph = Files.readAllBytes(mini);
        Random random = new Random(3);
        byte[] garbage = new byte[4096];
        random.nextBytes(garbage);
        List<Path> files = List.of(
                write("truncated.onnx", Arrays.copyOf(onnx, onnx.length / 3)),
                write("random.onnx", garbage),
                write("wrong-magic.gguf", replace(gguf, 0, "GGUX")),
                write("wrong-version.gguf", replace(gguf, 4, "\u0009")),
                write("huge-count.gguf", replaceLong(gguf, 16, 1L << 62)),
                write("truncated.gguf", Arrays.copyOf(gguf, 200)),
                write("wrong-magic.mini.cgraph", replace(cgraph, 1, "X")),
                write("truncated.mini.cgraph", Arrays.copyOf(cgraph, cgraph.length - 100)),
                write("flipped.mini.cgraph", replace(cgraph, cgraph.length - 50, "#")));
        for (Path file : files) {
            for (String command : List.of("inspect", "convert", "verify")) {
                if (command.equals("convert") && file.toString().endsWith(".cgraph")) {
                    continue;
                }
                long start = System.nanoTime();
                Result r = run(command, file.toString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(r.exit()).as("%s %s: %s", command, file, r).isEqualTo(2);
                assertThat(r.errLines()).as("%s %s", command, file)
                        .hasSize(1).allMatch(l -> l.startsWith("tiro: ") && l.contains(file.getFileName().toString()));
                assertThat(millis).as("%s %s took", command, file).isLessThan(1000);
            }
        }
        try (var listing = Files.list(dataDir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dataDir.resolve(name), bytes);
    }

    private static byte[] replace(byte[] bytes, int at, String text) {
        byte[] copy = bytes.clone();
        byte[] patch = text.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(patch, 0, copy, at, patch.length);
        return copy;
    }

    private static byte[] replaceLong(byte[] bytes, int at, long value) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 8; i++) {
            copy[at + i] = (byte) (value >>> (8 * i));
        }
        return copy;
    }

    private static void flipByte(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0xFF);
        }
    }
}

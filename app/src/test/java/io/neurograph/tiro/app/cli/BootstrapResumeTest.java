package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.bootstrap.PlantedWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code tiro bootstrap} child JVM (kill -9, no shutdown hook) after its first checkpoint;
 * running the same command again resumes and ends with every word imported exactly once.
 */
class BootstrapResumeTest extends CliTestSupport {
    private static final int WORDS = 40_000;

    @TempDir
    Path files;

    @Test
    void aKilledImportResumesWhereItsLastCheckpointStopped() throws Exception {
        Path glove = PlantedWords.of(200, WORDS / 200, 16, 11).writeGlove(files.resolve("words.txt"));
        Path job = dataDir.resolve("bootstrap").resolve("job.json");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(javaBin.toString(), "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "io.neurograph.tiro.app.Main", "--data-dir",
                dataDir.toString(), "bootstrap", glove.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(job) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Files.exists(job)).as("the child wrote its first checkpoint").isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
        }

        JsonNode report = json("bootstrap", glove.toString());
        assertThat(report.get("phaseTimes").get("import").isNumber()).isTrue();
        assertThat(report.get("wordsImported").asLong()).isEqualTo(WORDS);
        assertThat(report.get("alreadyBootstrapped").asBoolean()).isFalse();
        assertThat(report.get("connectionsCreated").asLong()).isPositive();
        try (Engine engine = Engine.open(EngineConfig.at(dataDir))) {
            assertThat(engine.tokens().count()).as("one token per word, none twice").isEqualTo(WORDS);
            assertThat(engine.tokens().findByLabel("c199w199")).isPresent();
        }
        assertThat(json("query", "c7w3", "--k", "3").get("hits")).allSatisfy(h ->
                assertThat(h.get("label").asText()).startsWith("c7w"));
    }
}

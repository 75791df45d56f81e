package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.ModelSettings;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.tiro.ui.terminal.CommandOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --model} of {@code tiro bootstrap --default} and {@code tiro query} (the CLI side of the Settings tab's
 * default model), and model runs in the in-app Terminal counted by the engine's register; real MiniLM int8.
 */
class SentenceModelCliTest extends CliTestSupport {
    @TempDir
    static Path shared;
    /** MiniLM int8 as a user would choose it: an .onnx with its tokenizer.json beside it. */
    static Path chosen;

    @BeforeAll
    static void chooseModel() throws IOException {
        Path folder = Files.createDirectories(shared.resolve("chosen"));
        chosen = Files.copy(TestModels.minilmInt8(), folder.resolve("model.onnx"));
        Files.copy(TestModels.minilmTokenizer(), folder.resolve("tokenizer.json"));
    }

    @Test
    void theVocabularyOfAChosenModelIsBootstrappedAndQueriedWithIt() {
        String report = ok("bootstrap", "--default", "--model", chosen.toString(), "--limit", "200", "--k", "5").out();
        assertThat(report).contains("Bootstrapped: the default vocabulary", "words        200 (384-d");
        try (var converted = Files.list(dataDir.resolve("models"))) {
            assertThat(converted.map(p -> p.getFileName().toString())).singleElement().asString()
                    .startsWith("model-");
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        JsonNode answer = json("query", "a small dog is barking", "--model", chosen.toString(), "--k", "5");
        assertThat(answer.get("hits")).hasSize(5);
        assertThat(answer.get("source").asText()).isEqualToIgnoringCase("sentence");

        // the bundled model neither resumes nor reports this bootstrap, and a query with it is warned about once
        Result other = run("bootstrap", "--default", "--limit", "200", "--k", "5");
        assertThat(other.exit()).as("%s", other).isNotZero();
        assertThat(other.errLines()).singleElement().asString()
                .contains("embedded by the sentence model model (sha256 ", "this run embeds with all-minilm-l6-v2",
                        "--restart");
        Result query = run("query", "a small dog is barking", "--k", "5");
        assertThat(query.exit()).as("%s", query).isZero();
        assertThat(query.errLines()).singleElement().asString().startsWith("warning: the concepts were embedded by"
                + " the sentence model model (sha256 ").contains("this query by all-minilm-l6-v2 (sha256 ");
    }

    @Test
    void aWrongModelPathIsRefusedBeforeTheDataFolderIsMadeAndAFolderIsSaidSo() throws IOException {
        Path fresh = shared.resolve("fresh");
        Result r = runRaw(NO_DESKTOP, "--data-dir", fresh.toString(), "bootstrap", "--default", "--model",
                shared.resolve("nope.onnx").toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(TiroCli.EXIT_BAD_FILE);
        assertThat(fresh).doesNotExist();

        Result folder = run("query", "dog", "--model", chosen.getParent().toString());
        assertThat(folder.exit()).as("%s", folder).isEqualTo(TiroCli.EXIT_BAD_FILE);
        assertThat(folder.errLines()).singleElement().asString().contains("is a folder; choose the sentence model's"
                + " .onnx or .cgraph file in it");
    }

    @Test
    void aModelWithoutItsTokenizerIsNamedAndModelNeedsDefault() throws IOException {
        Path lonely = Files.copy(chosen, Files.createDirectories(shared.resolve("lonely")).resolve("m.onnx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Result r = run("bootstrap", "--default", "--model", lonely.toString(), "--limit", "10");
        assertThat(r.exit()).as("%s", r).isEqualTo(TiroCli.EXIT_BAD_FILE);
        assertThat(r.errLines()).singleElement().asString()
                .contains(shared.resolve("lonely").resolve("tokenizer.json").toString());

        assertThat(run("bootstrap", shared.resolve("words.txt").toString(), "--model", chosen.toString()).err())
                .contains("--model goes with --default");
    }

    @Test
    void aModelRunInTheTerminalCountsInTheEnginesRegister() throws IOException {
        Path folder = Files.createDirectories(shared.resolve("terminal"));
        ok("convert", chosen.toString(), "-o", folder.resolve("model.cgraph").toString());
        Path mini = folder.resolve("model.mini.cgraph");
        Path inputs = Files.writeString(shared.resolve("inputs.json"), "{\"input_ids\": [[101, 3899, 102]],"
                + " \"attention_mask\": [[1, 1, 1]], \"token_type_ids\": [[0, 0, 0]]}");
        try (Engine engine = Engine.open(EngineConfig.at(dataDir))) {
            engine.models().configure(new ModelSettings(1, Optional.empty()));
            CommandOutcome outcome = new InProcessConsole(engine).run("run " + mini + " --inputs " + inputs);
            assertThat(outcome.exitCode()).as(outcome.err()).isZero();
            assertThat(outcome.out()).contains("memory: 7 capsule loads, 0 evictions");
            assertThat(engine.models().stats().capsuleLoads()).isEqualTo(7);
            assertThat(engine.models().stats().openRuntimes()).isZero();
        }
    }
}

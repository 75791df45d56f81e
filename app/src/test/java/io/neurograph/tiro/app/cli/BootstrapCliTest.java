package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.neurograph.engine.bootstrap.PlantedWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiro bootstrap}, {@code query}, {@code feedback} and {@code intuition} on a real data folder. */
class BootstrapCliTest extends CliTestSupport {
    private static final PlantedWords WORDS = PlantedWords.of(5, 30, 16, 3);   // 150 words, 5 clusters

    @TempDir
    Path files;

    private Path glove() throws IOException {
        return WORDS.writeGlove(files.resolve("planted.txt"));
    }

    @Test
    void inspectShowsTheFormatBeforeAnyWork() throws IOException {
        Path file = glove();
        String text = ok("bootstrap", "inspect", file.toString()).out();
        assertThat(text).contains("GloVe text (no header)").contains("dimension  16").contains("c0w0");

        JsonNode json = json("bootstrap", "inspect", file.toString());
        assertThat(json.get("format").asText()).isEqualTo("GLOVE_TEXT");
        assertThat(json.get("dimension").asInt()).isEqualTo(16);
    }

    @Test
    void bootstrapThenQueryExplainFeedbackAndStats() throws IOException {
        Path file = glove();
        String report = ok("bootstrap", file.toString(), "--k", "4").out();
        assertThat(report).contains("words        150 (16-d, float32").contains("explained variance")
                .contains("SimilarTo made");
        assertThat(ok("bootstrap", file.toString(), "--k", "4").out()).startsWith("Already bootstrapped");

        String answer = ok("query", "c3w1", "--explain").out();
        assertThat(answer).containsPattern("Query q[0-9a-f]{8} \"c3w1\" \\(word")
                .contains("nearest #1 by cosine").contains("—SimilarTo");
        JsonNode json = json("query", "c3w1", "--k", "5");
        assertThat(json.get("hits")).hasSize(5);
        json.get("hits").forEach(h -> assertThat(h.get("label").asText()).startsWith("c3w"));
        String id = json.get("id").asText();

        JsonNode positive = json("feedback", id, "2", "--positive");
        assertThat(positive.get("changes").get(0).get("confidenceAfter").floatValue())
                .isGreaterThan(positive.get("changes").get(0).get("confidenceBefore").floatValue());
        assertThat(ok("feedback", id, json.get("hits").get(0).get("label").asText(), "--negative").out())
                .contains("Recorded negative feedback").contains("confidence");

        JsonNode stats = json("intuition", "stats");
        assertThat(stats.get("experience").get("positiveFeedback").asInt()).isEqualTo(1);
        assertThat(stats.get("experience").get("negativeFeedback").asInt()).isEqualTo(1);
        assertThat(ok("intuition", "cycle").out()).contains("patterns");
    }

    @Test
    void aBadLineStopsTheImportWithItsNumberAndSkipBadGoesOn() throws IOException {
        Path file = files.resolve("bad.txt");
        String good = Files.readString(glove());
        String[] lines = good.split("\n");
        lines[6] = "broken 1.0 2.0";
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        Result failed = fails(TiroCli.EXIT_BAD_FILE, "bootstrap", file.toString());
        assertThat(failed.err()).contains("line 7");

        String report = ok("bootstrap", file.toString(), "--skip-bad").out();
        assertThat(report).contains("words        149").contains("1 bad lines skipped").contains("skipped line 7");
    }

    @Test
    void usageAndQueryErrorsSayWhatToDo() throws IOException {
        assertThat(fails(2, "bootstrap").err()).contains("Give either FILE or --default");
        assertThat(fails(TiroCli.EXIT_ERROR, "query", "dog").err()).contains("tiro bootstrap --default");
        ok("bootstrap", glove().toString());
        assertThat(fails(TiroCli.EXIT_ERROR, "query", "  ").err()).contains("The query is empty");
        assertThat(fails(TiroCli.EXIT_ERROR, "feedback", "q00000000", "1", "--positive").err())
                .contains("No query with id");
        assertThat(fails(TiroCli.EXIT_ERROR, "bootstrap", "inspect", files.resolve("missing.txt").toString()).err())
                .contains("No such file: ").contains("missing.txt");
    }
}

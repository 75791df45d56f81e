package io.neurograph.tiro.app.cli;

import static io.neurograph.tiro.app.cli.TokenCliTest.floats;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CdnaCliTest extends CliTestSupport {
    static final String SCALES = "1,2,1,1,1,1,1,3";

    @Test
    void show() {
        Result human = ok("cdna", "show");
        assertThat(human.out()).contains("Profile   default (CDNA v", "L1  Physical", "L8  Abstract");
        JsonNode c = json("cdna", "show");
        assertThat(c.get("profile").asText()).isEqualTo("default");
        assertThat(floats(c.get("dimension_scales"))).containsExactly(1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(c.get("bucket_sizes")).hasSize(8);
    }

    @Test
    void rawRecordIs768HexCharacters() {
        String hex = ok("cdna", "show", "--raw").out().strip();
        assertThat(hex).hasSize(768).matches("[0-9a-f]{768}");
        assertThat(json("cdna", "show", "--raw").get("raw").asText()).isEqualTo(hex);
    }

    @Test
    void setPersistsAndRollbackReturns() {
        Result set = ok("cdna", "set", "--scales", SCALES);
        assertThat(set.out()).startsWith("Applied.").contains("L2  Sensory     2.00");
        assertThat(floats(json("cdna", "show").get("dimension_scales"))).containsExactly(1, 2, 1, 1, 1, 1, 1, 3);

        JsonNode history = json("cdna", "history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("profile").asText()).isEqualTo("default");
        assertThat(floats(history.get(0).get("scales"))).containsExactly(1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(history.get(0).get("checksum").asText()).matches("[0-9a-f]{16}");
        assertThat(ok("cdna", "history").out()).contains("1 earlier versions");
        assertThat(json("status").get("cdnaHistorySize").asInt()).isEqualTo(1);

        JsonNode back = json("cdna", "rollback");
        assertThat(floats(back.get("dimension_scales"))).containsExactly(1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(floats(json("cdna", "show").get("dimension_scales"))).containsExactly(1, 1, 1, 1, 1, 1, 1, 1);

        JsonNode setJson = json("cdna", "set", "--scales", SCALES);
        assertThat(floats(setJson.get("dimension_scales"))).containsExactly(1, 2, 1, 1, 1, 1, 1, 3);
        assertThat(ok("cdna", "rollback").out()).startsWith("Rolled back.");
    }

    @Test
    void rollbackWithoutHistoryFails() {
        assertThat(fails(1, "cdna", "rollback").err().strip()).isEqualTo("tiro: No earlier CDNA to roll back to");
    }

    @Test
    void invalidScalesAreRefused() {
        Result set = fails(1, "cdna", "set", "--scales", "1,1,1,1,1,1,1,100");
        assertThat(set.err()).contains("L8 scale must be", "100.0");
        assertThat(fails(1, "cdna", "set", "--scales", "0,1,1,1,1,1,1,1").err()).contains("dimension_scales[0]");
        assertThat(floats(json("cdna", "show").get("dimension_scales"))).containsExactly(1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(json("cdna", "history")).isEmpty();

        assertThat(fails(2, "cdna", "set", "--scales", "1,1,1").err()).contains("expected 8 scales", "got 3");
        assertThat(fails(2, "cdna", "set", "--scales", "1,1,x,1,1,1,1,1").err()).contains("L3 'x' is not a number");
        fails(2, "cdna", "set");
    }

    @Test
    void validate() {
        Result valid = ok("cdna", "validate", "--scales", SCALES);
        assertThat(valid.out().strip()).isEqualTo("Valid: no errors or warnings");
        JsonNode v = json("cdna", "validate", "--scales", SCALES);
        assertThat(v.get("issues")).isEmpty();

        Result invalid = fails(1, "cdna", "validate", "--scales", "1,1,1,1,1,1,1,100");
        assertThat(invalid.out()).contains("ERROR", "dimension_scales[7]");
        assertThat(invalid.err().strip()).isEqualTo("tiro: the scales are not valid (1 errors)");

        Result invalidJson = fails(1, "--json", "cdna", "validate", "--scales", "1,1,1,1,1,1,1,100");
        JsonNode issues = invalidJson.json().get("issues");
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).get("field").asText()).contains("dimension_scales");
        assertThat(issues.get(0).get("severity").asText()).isEqualTo("ERROR");
        // validate never applies anything
        assertThat(json("cdna", "history")).isEmpty();
        fails(2, "cdna", "validate", "--scales", "1,1");
    }

    @Test
    void profiles() {
        Result human = ok("cdna", "profile", "explorer");
        assertThat(human.out()).startsWith("Switched to explorer.");
        JsonNode c = json("cdna", "show");
        assertThat(c.get("profile").asText()).isEqualTo("explorer");
        assertThat(floats(c.get("dimension_scales"))).containsExactly(1.0f, 1.5f, 1.2f, 2.0f, 3.0f, 2.5f, 2.0f, 5.0f);
        assertThat(json("cdna", "profile", "analyst").get("profile").asText()).isEqualTo("analyst");
        assertThat(json("status").get("cdnaProfile").asText()).isEqualToIgnoringCase("analyst");

        assertThat(fails(2, "cdna", "profile", "bogus").err()).contains("Unknown CDNA profile 'bogus'");
        assertThat(json("cdna", "show").get("profile").asText()).isEqualTo("analyst");
    }

    @Test
    void exportAndImportRoundTrip() throws Exception {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-cdna.json");
        ok("cdna", "set", "--scales", SCALES);
        assertThat(ok("cdna", "export", file.toString()).out().strip()).isEqualTo("Wrote " + file);
        JsonNode exported = JSON.readTree(Files.readString(file));
        assertThat(floats(exported.get("dimension_scales"))).containsExactly(1, 2, 1, 1, 1, 1, 1, 3);
        assertThat(json("cdna", "export", file.toString()).get("file").asText()).isEqualTo(file.toString());

        ok("cdna", "profile", "creative");
        Result imported = ok("cdna", "import", file.toString());
        assertThat(imported.out()).startsWith("Imported " + file);
        assertThat(floats(json("cdna", "show").get("dimension_scales"))).containsExactly(1, 2, 1, 1, 1, 1, 1, 3);
        assertThat(floats(json("cdna", "import", file.toString()).get("dimension_scales")))
                .containsExactly(1, 2, 1, 1, 1, 1, 1, 3);
        Files.delete(file);
    }

    @Test
    void importOfAMissingOrMalformedFileFails() throws Exception {
        Path missing = dataDir.resolve("nope.json");
        assertThat(fails(1, "cdna", "import", missing.toString()).err()).contains("No such file", missing.toString());

        Path malformed = dataDir.resolve("malformed.json");
        Files.writeString(malformed, "{\"profile\": ");
        assertThat(fails(1, "cdna", "import", malformed.toString()).err())
                .contains(malformed.toString(), "not valid JSON");

        Path badField = dataDir.resolve("bad-field.json");
        Files.writeString(badField, "{\"dimension_scales\": \"x\"}");
        assertThat(fails(1, "cdna", "import", badField.toString()).err())
                .contains(badField.toString(), "'dimension_scales'");

        Path invalid = dataDir.resolve("invalid.json");
        String exported = ok("--json", "cdna", "show").out()
                .replaceFirst("\"dimension_scales\"\\s*:\\s*\\[[^]]*]", "\"dimension_scales\" : [1,1,1,1,1,1,1,100]");
        Files.writeString(invalid, exported);
        assertThat(fails(1, "cdna", "import", invalid.toString()).err()).contains("L8 scale must be");

        assertThat(json("cdna", "history")).isEmpty();
        assertThat(json("cdna", "show").get("profile").asText()).isEqualTo("default");
    }

    @Test
    void quarantineAcceptAcrossInvocations() {
        assertThat(ok("cdna", "quarantine", "status").out().strip()).isEqualTo("No quarantine trial is running");
        assertThat(json("cdna", "quarantine", "status").get("phase").asText()).isEqualTo("NONE");

        JsonNode started = json("cdna", "quarantine", "start", "--scales", SCALES, "--duration", "600",
                "--max-token-churn", "50");
        assertThat(started.get("phase").asText()).isEqualTo("RUNNING");
        assertThat(started.get("durationSeconds").asLong()).isEqualTo(600);
        assertThat(started.get("limits").get("maxTokenChurn").asLong()).isEqualTo(50);
        assertThat(floats(json("cdna", "show").get("dimension_scales"))).containsExactly(1, 2, 1, 1, 1, 1, 1, 3);

        JsonNode status = json("cdna", "quarantine", "status");
        assertThat(status.get("phase").asText()).isEqualTo("RUNNING");
        assertThat(status.get("limits").get("maxTokenChurn").asLong()).isEqualTo(50);
        assertThat(ok("cdna", "quarantine", "status").out()).startsWith("Trial RUNNING").contains("limit 50");
        assertThat(json("status").get("quarantineActive").asBoolean()).isTrue();

        assertThat(ok("cdna", "quarantine", "accept").out().strip()).isEqualTo("Accepted");
        assertThat(json("cdna", "quarantine", "status").get("phase").asText()).isEqualTo("NONE");
        assertThat(floats(json("cdna", "show").get("dimension_scales"))).containsExactly(1, 2, 1, 1, 1, 1, 1, 3);
    }

    @Test
    void quarantineRollback() {
        ok("cdna", "quarantine", "start", "--profile", "creative");
        assertThat(json("cdna", "show").get("profile").asText()).isEqualTo("creative");
        JsonNode outcome = json("cdna", "quarantine", "rollback");
        assertThat(outcome.get("accepted").asBoolean()).isFalse();
        assertThat(json("cdna", "show").get("profile").asText()).isEqualTo("default");
        assertThat(json("cdna", "quarantine", "status").get("phase").asText()).isEqualTo("NONE");
    }

    @Test
    void quarantineBadInput() {
        fails(2, "cdna", "quarantine", "start");
        fails(2, "cdna", "quarantine", "start", "--profile", "default", "--scales", SCALES);
        assertThat(fails(1, "cdna", "quarantine", "start", "--scales", "1,1,1,1,1,1,1,100").err())
                .contains("L8 scale must be");
        fails(1, "cdna", "quarantine", "accept");
        fails(1, "cdna", "quarantine", "rollback");
        ok("cdna", "quarantine", "start", "--profile", "explorer");
        fails(1, "cdna", "quarantine", "start", "--profile", "analyst");
    }
}

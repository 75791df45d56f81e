package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TokenCliTest extends CliTestSupport {

    @Test
    void createThenGetInALaterInvocation() {
        Result created = ok("token", "create", "--label", "cat", "--weight", "0.5", "--entity", "concept",
                "--radius", "1.5", "--strength", "0.25", "--space", "L1", "--xyz", "1,2,3", "--space", "L8",
                "--xyz", "0.5,-1,3");
        assertThat(created.out().strip()).isEqualTo("Created token 1");

        JsonNode t = json("token", "get", "1");
        assertThat(t.get("id").asLong()).isEqualTo(1);
        assertThat(t.get("label").asText()).isEqualTo("cat");
        assertThat(t.get("entityType").asText()).isEqualTo("CONCEPT");
        assertThat(t.get("weight").floatValue()).isEqualTo(0.5f);
        assertThat(t.get("fieldRadius").floatValue()).isEqualTo(1.5f);
        assertThat(t.get("fieldStrength").floatValue()).isCloseTo(0.25f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(t.get("timestamp").asLong()).isPositive();
        assertThat(t.get("flags").asText()).matches("0x[0-9A-F]{4}");
        assertThat(floats(t.get("coordinates").get("L1"))).containsExactly(1f, 2f, 3f);
        assertThat(floats(t.get("coordinates").get("L8"))).containsExactly(0.5f, -1f, 3f);

        String human = ok("token", "get", "1").out();
        assertThat(human).contains("Token 1  \"cat\"", "entity type  CONCEPT", "weight       0.5",
                "L1  Physical   (1.0000, 2.0000, 3.0000)", "L8  Abstract   (0.5000, -1.0000, 3.0000)");
    }

    @Test
    void createJson() {
        JsonNode t = json("token", "create", "--label", "dog", "--weight", "0.75");
        assertThat(t.get("id").asLong()).isEqualTo(1);
        assertThat(t.get("label").asText()).isEqualTo("dog");
        assertThat(t.get("weight").floatValue()).isEqualTo(0.75f);
        assertThat(t.has("coordinates")).isTrue();
    }

    @Test
    void rawRecordIs128HexCharacters() {
        ok("token", "create", "--weight", "0.5");
        String hex = ok("token", "get", "1", "--raw").out().strip();
        assertThat(hex).hasSize(128).matches("[0-9a-f]{128}");

        JsonNode j = json("token", "get", "1", "--raw");
        assertThat(j.get("id").asLong()).isEqualTo(1);
        assertThat(j.get("raw").asText()).isEqualTo(hex);
    }

    @Test
    void listWithLimitAndOffset() {
        for (String label : new String[] {"a", "b", "c"}) {
            ok("token", "create", "--label", label);
        }
        String human = ok("token", "list").out();
        assertThat(human).contains("ID", "LABEL", "3 of 3 tokens");
        assertThat(human.lines().filter(l -> l.matches("\\s+\\d+\\s+[abc]\\s+.*"))).hasSize(3);

        JsonNode page = json("token", "list", "--limit", "1", "--offset", "1");
        assertThat(page.isArray()).isTrue();
        assertThat(page).hasSize(1);
        assertThat(page.get(0).get("id").asLong()).isEqualTo(2);
        assertThat(page.get(0).get("label").asText()).isEqualTo("b");

        assertThat(ok("token", "list", "--limit", "2").out()).contains("2 of 3 tokens");
        fails(2, "token", "list", "--limit", "-1");
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndPersists() {
        ok("token", "create", "--label", "old", "--weight", "0.5", "--space", "L1", "--xyz", "1,1,1");
        Result r = ok("token", "update", "1", "--label", "new", "--space", "L1", "--xyz", "2,2,2");
        assertThat(r.out()).startsWith("Updated token 1").contains("\"new\"");

        JsonNode t = json("token", "get", "1");
        assertThat(t.get("label").asText()).isEqualTo("new");
        assertThat(t.get("weight").floatValue()).isEqualTo(0.5f);
        assertThat(floats(t.get("coordinates").get("L1"))).containsExactly(2f, 2f, 2f);

        JsonNode u = json("token", "update", "1", "--weight", "0.25");
        assertThat(u.get("weight").floatValue()).isEqualTo(0.25f);
        assertThat(u.get("label").asText()).isEqualTo("new");
    }

    @Test
    void deleteAndCount() {
        ok("token", "create");
        ok("token", "create");
        assertThat(ok("token", "count").out().strip()).isEqualTo("2");
        assertThat(ok("token", "delete", "1").out().strip()).isEqualTo("Deleted token 1");
        assertThat(json("token", "count").get("count").asLong()).isEqualTo(1);
        assertThat(json("token", "delete", "2").get("deleted").asLong()).isEqualTo(2);
        assertThat(json("token", "count").get("count").asLong()).isZero();
        assertThat(fails(1, "token", "get", "1").err()).contains("Token 1 does not exist");
    }

    @Test
    void clearNeedsYesAndDoesNotReuseIds() {
        ok("token", "create");
        ok("token", "create");
        Result refused = fails(2, "token", "clear");
        assertThat(refused.err()).contains("--yes");
        assertThat(json("token", "count").get("count").asLong()).isEqualTo(2);

        assertThat(ok("token", "clear", "--yes").out().strip()).isEqualTo("Deleted 2 tokens");
        assertThat(json("token", "count").get("count").asLong()).isZero();
        assertThat(json("token", "clear", "--yes").get("deleted").asLong()).isZero();
        assertThat(json("token", "create").get("id").asLong()).isEqualTo(3);
    }

    @Test
    void createManyReportsCommittedBatchesOnStderr() {
        Result r = ok("--json", "token", "create", "--count", "5", "--batch-size", "2", "--weight", "0.5");
        assertThat(r.err().lines()).containsExactly("committed up to token 2", "committed up to token 4",
                "committed up to token 5");
        JsonNode range = r.json();
        assertThat(range.get("first").asLong()).isEqualTo(1);
        assertThat(range.get("count").asLong()).isEqualTo(5);

        Result human = ok("token", "create", "--count", "3");
        assertThat(human.out()).contains("Created 3 tokens (ids 6 … 8)");
        assertThat(human.err().lines()).containsExactly("committed up to token 8");
        assertThat(json("token", "count").get("count").asLong()).isEqualTo(8);
        assertThat(json("token", "get", "5").get("weight").floatValue()).isEqualTo(0.5f);
    }

    @Test
    void createManyRejectsBadCounts() {
        assertThat(fails(2, "token", "create", "--count", "0").err()).contains("--count must be at least 1");
        assertThat(fails(2, "token", "create", "--count", "2", "--label", "x").err())
                .contains("--label cannot be combined with --count");
        assertThat(fails(2, "token", "create", "--count", "2", "--batch-size", "0").err())
                .contains("--batch-size must be at least 1");
        assertThat(json("token", "count").get("count").asLong()).isZero();
    }

    @Test
    void unknownIdsExitOneAndNameTheId() {
        assertThat(fails(1, "token", "get", "99").err().strip()).isEqualTo("tiro: Token 99 does not exist");
        assertThat(fails(1, "token", "update", "98", "--weight", "0.1").err()).contains("98");
        assertThat(fails(1, "token", "delete", "97").err()).contains("97");
        assertThat(fails(1, "--json", "token", "get", "96").err()).contains("Token 96");
    }

    @Test
    void duplicateLabelIsRefused() {
        ok("token", "create", "--label", "cat");
        Result r = fails(1, "token", "create", "--label", "cat");
        assertThat(r.err()).contains("'cat'", "already used by token 1");
        ok("token", "create", "--label", "dog");
        assertThat(fails(1, "token", "update", "2", "--label", "cat").err()).contains("'cat'");
        assertThat(json("token", "count").get("count").asLong()).isEqualTo(2);
    }

    @Test
    void weightAboveTheCdnaMaximumIsRejectedByTheGuardian() {
        Result r = fails(1, "token", "create", "--weight", "2");
        assertThat(r.err()).contains("tiro: The new token was rejected by the CDNA: ", "weight 2.0", "max_token_weight");
        assertThat(r.err()).as("no id the token never got").doesNotContainPattern("[Tt]oken \\d");
        assertThat(fails(1, "token", "create", "--count", "3", "--weight", "2").err())
                .contains("tiro: Each new token was rejected by the CDNA: ");
        ok("token", "create", "--weight", "1");
        assertThat(fails(1, "token", "update", "1", "--weight", "1.5").err()).contains("max_token_weight");
        assertThat(json("token", "get", "1").get("weight").floatValue()).isEqualTo(1f);
        assertThat(json("token", "count").get("count").asLong()).isEqualTo(1);
    }

    @Test
    void badCoordinatesAreUsageErrors() {
        Result outOfRange = fails(2, "token", "create", "--space", "L8", "--xyz", "4,0,0");
        assertThat(outOfRange.err()).contains("out of range for L8", "3.2767");
        assertThat(fails(2, "token", "create", "--space", "L8", "--xyz", "NaN,0,0").err()).contains("finite");
        assertThat(fails(2, "token", "create", "--space", "L1", "--xyz", "Infinity,0,0").err()).contains("finite");
        assertThat(fails(2, "token", "create", "--space", "L1", "--xyz", "1,2").err()).contains("X,Y,Z");
        assertThat(fails(2, "token", "create", "--space", "L1", "--xyz", "1,2,3,4").err()).contains("X,Y,Z");
        assertThat(fails(2, "token", "create", "--space", "L1", "--xyz", "1,b,3").err()).contains("'b'");
        assertThat(fails(2, "token", "create", "--space", "L9", "--xyz", "1,2,3").err()).contains("L9");
        assertThat(fails(2, "token", "create", "--space", "L1").err()).contains("--xyz");
        ok("token", "create");
        assertThat(fails(2, "token", "update", "1", "--space", "L8", "--xyz", "0,0,-5").err())
                .contains("out of range for L8");
        assertThat(json("token", "count").get("count").asLong()).isEqualTo(1);
    }

    @Test
    void otherBadOptionsAreUsageErrors() {
        assertThat(fails(2, "token", "create", "--radius", "3").err()).contains("--radius must be between 0 and 2.55");
        assertThat(fails(2, "token", "create", "--strength", "-0.1").err()).contains("--strength");
        assertThat(fails(2, "token", "create", "--weight", "heavy").err()).contains("heavy");
        assertThat(fails(2, "token", "create", "--entity", "unicorn").err()).contains("unicorn");
        assertThat(fails(2, "token", "get", "abc").err()).contains("abc");
        fails(2, "token", "get");
        assertThat(json("token", "count").get("count").asLong()).isZero();
    }

    static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).floatValue();
        }
        return out;
    }
}

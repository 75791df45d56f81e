package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionCliTest extends CliTestSupport {

    @BeforeEach
    void twoTokens() {
        token("a", 0, 0, 0);
        token("b", 1, 0, 0);
    }

    @Test
    void createGetAndListAcrossInvocations() {
        Result created = ok("connection", "create", "1", "2", "--type", "SimilarTo");
        assertThat(created.out()).startsWith("Created connection 1").contains("Connection 1: 1 – 2",
                "SimilarTo (0x52)");

        JsonNode c = json("connection", "create", "2", "1", "--type", "0x10", "--pull", "0.5", "--distance", "2",
                "--rigidity", "0.5", "--bidirectional");
        assertThat(c.get("id").asLong()).isEqualTo(2);
        // the engine stores every connection with tokenA < tokenB (upstream layout)
        assertThat(c.get("tokenA").asLong()).isEqualTo(1);
        assertThat(c.get("tokenB").asLong()).isEqualTo(2);
        assertThat(c.get("type").asText()).isEqualTo("Cause");
        assertThat(c.get("typeCode").asInt()).isEqualTo(0x10);
        assertThat(c.get("pullStrength").floatValue()).isEqualTo(0.5f);
        assertThat(c.get("preferredDistance").floatValue()).isEqualTo(2f);
        assertThat(c.get("confidence").floatValue()).isBetween(0f, 1f);
        assertThat(c.get("mutability").asText()).isNotBlank();

        JsonNode got = json("connection", "get", "1");
        assertThat(got.get("type").asText()).isEqualTo("SimilarTo");
        assertThat(got.get("tokenA").asLong()).isEqualTo(1);
        assertThat(got.get("activations").asLong()).isZero();
        assertThat(ok("connection", "get", "2").out()).contains("Connection 2: 1 – 2", "Cause (0x10)");

        JsonNode all = json("connection", "list");
        assertThat(all).hasSize(2);
        assertThat(json("connection", "list", "--limit", "1", "--offset", "1").get(0).get("id").asLong())
                .isEqualTo(2);
        assertThat(ok("connection", "list").out()).contains("2 of 2 connections");
        assertThat(json("connection", "list", "--token", "1")).hasSize(2);
    }

    @Test
    void activateAndFeedbackPersist() {
        ok("connection", "create", "1", "2");
        assertThat(ok("connection", "activate", "1").out().strip())
                .isEqualTo("Activated connection 1 (1 activations)");
        assertThat(json("connection", "activate", "1").get("activations").asLong()).isEqualTo(2);
        assertThat(json("connection", "get", "1").get("activations").asLong()).isEqualTo(2);

        float before = json("connection", "get", "1").get("confidence").floatValue();
        assertThat(ok("connection", "feedback", "1", "--success").out()).startsWith("Connection 1 confidence is now");
        float raised = json("connection", "get", "1").get("confidence").floatValue();
        assertThat(raised).isGreaterThan(before);
        JsonNode lowered = json("connection", "feedback", "1", "--failure");
        assertThat(lowered.get("confidence").floatValue()).isLessThan(raised);
        assertThat(lowered.get("evidence").asInt()).isEqualTo(1); // only successes count as evidence
    }

    @Test
    void deleteConnectionAndCascadeFromToken() {
        ok("connection", "create", "1", "2");
        ok("connection", "create", "2", "1");
        assertThat(ok("connection", "delete", "1").out().strip()).isEqualTo("Deleted connection 1");
        assertThat(fails(1, "connection", "get", "1").err().strip()).isEqualTo("tiro: Connection 1 does not exist");
        ok("token", "delete", "1");
        assertThat(json("connection", "list")).isEmpty();
        assertThat(json("status").get("connectionCount").asLong()).isZero();
    }

    @Test
    void unknownConnectionIdsExitOneAndNameTheId() {
        assertThat(fails(1, "connection", "get", "42").err()).contains("Connection 42");
        assertThat(fails(1, "connection", "delete", "43").err()).contains("43");
        assertThat(fails(1, "connection", "activate", "44").err()).contains("44");
        assertThat(fails(1, "connection", "feedback", "45", "--success").err()).contains("45");
        assertThat(fails(1, "connection", "list", "--token", "46").err()).contains("Token 46");
    }

    @Test
    void connectionToAMissingTokenIsRefused() {
        assertThat(fails(1, "connection", "create", "1", "77").err().strip())
                .isEqualTo("tiro: Token 77 does not exist");
        assertThat(fails(1, "connection", "create", "78", "1").err()).contains("Token 78");
        assertThat(json("connection", "list")).isEmpty();
    }

    @Test
    void unknownConnectionTypeIsAUsageError() {
        assertThat(fails(2, "connection", "create", "1", "2", "--type", "Bogus").err())
                .contains("Unknown connection type 'Bogus'");
        assertThat(fails(2, "connection", "create", "1", "2", "--type", "0xFF").err()).contains("0xFF");
        fails(2, "connection", "create", "1");
        assertThat(json("connection", "list")).isEmpty();
    }

    @Test
    void feedbackNeedsExactlyOneOutcome() {
        ok("connection", "create", "1", "2");
        assertThat(fails(2, "connection", "feedback", "1").err()).contains("--success", "--failure");
        fails(2, "connection", "feedback", "1", "--success", "--failure");
        assertThat(json("connection", "get", "1").get("evidence").asInt()).isZero();
    }
}

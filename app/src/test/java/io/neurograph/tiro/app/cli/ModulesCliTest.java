package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code tiro modules}, {@code modules enable} and {@code modules disable} on a real data folder. */
class ModulesCliTest extends CliTestSupport {
    @Test
    void listsEveryPartWithItsState() {
        String text = ok("modules").out();
        assertThat(text.lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("ID"));
        assertThat(text).contains("intuition_engine     enabled   IntuitionEngine",
                "signal_system        enabled   Event bus        disabling stops all event processing",
                "guardian             enabled   Guardian         cannot be disabled: a core part and security-critical");
        JsonNode all = json("modules");
        assertThat(all).hasSize(11);
        JsonNode intuition = all.get(6);
        assertThat(intuition.get("id").asText()).isEqualTo("intuition_engine");
        assertThat(intuition.get("enabled").asBoolean()).isTrue();
        assertThat(intuition.get("canDisable").asBoolean()).isTrue();
        assertThat(intuition.get("reason").isNull()).isTrue();
        assertThat(all.get(0).get("reason").asText()).startsWith("a core part");
    }

    @Test
    void disablingSticksAcrossRunsAndSkipsTheSlowPath() {
        assertThat(ok("modules", "disable", "intuition_engine").out().strip()).isEqualTo("intuition_engine disabled");
        assertThat(ok("modules", "disable", "intuition_engine").out().strip())
                .isEqualTo("intuition_engine is already disabled");
        assertThat(ok("modules").out()).contains("intuition_engine     disabled  IntuitionEngine");
        assertThat(ok("intuition", "cycle").out().strip())
                .isEqualTo("Skipped: the IntuitionEngine is disabled (tiro modules enable intuition_engine)");
        assertThat(json("intuition", "cycle").get("skipped").asBoolean()).isTrue();

        JsonNode enabled = json("modules", "enable", "intuitionengine");
        assertThat(enabled.get("id").asText()).isEqualTo("intuition_engine");
        assertThat(enabled.get("enabled").asBoolean()).isTrue();
        assertThat(enabled.get("changed").asBoolean()).isTrue();
        assertThat(ok("intuition", "cycle").out()).startsWith("Sampled 0 events");
    }

    @Test
    void aCorePartRefusesWithItsReasonAndAnUnknownIdIsAUsageError() {
        Result core = fails(TiroCli.EXIT_ERROR, "modules", "disable", "token_manager");
        assertThat(core.errLines()).containsExactly("tiro: token_manager (Token store) cannot be disabled: a core part:"
                + " it holds every token, and nothing else works without it");
        assertThat(core.out()).isEmpty();
        assertThat(ok("modules", "enable", "token_manager").out().strip()).isEqualTo("token_manager is already enabled");

        Result unknown = fails(2, "modules", "disable", "gateway");
        assertThat(unknown.err()).contains("No module 'gateway'; the modules are token_manager,");
    }
}

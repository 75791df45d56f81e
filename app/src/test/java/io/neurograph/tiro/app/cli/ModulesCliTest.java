package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code tiro modules}, {@code modules enable|disable} and {@code modules config} on a real data folder. */
class ModulesCliTest extends CliTestSupport {
    @Test
    void listsEveryPartWithItsState() {
        String text = ok("modules").out();
        assertThat(text.lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("ID"));
        assertThat(text).contains("intuition_engine     enabled       IntuitionEngine",
                "signal_system        enabled       Event bus        disabling stops all event processing",
                "guardian             enabled       Guardian         cannot be disabled: a core part and security-critical");
        JsonNode all = json("modules");
        assertThat(all).hasSize(11);
        JsonNode intuition = all.get(6);
        assertThat(intuition.get("id").asText()).isEqualTo("intuition_engine");
        assertThat(intuition.get("enabled").asBoolean()).isTrue();
        assertThat(intuition.get("canDisable").asBoolean()).isTrue();
        assertThat(intuition.get("reason").isNull()).isTrue();
        assertThat(all.get(0).get("reason").asText()).startsWith("a core part");
        assertThat(intuition.get("configurable").asBoolean()).isTrue();
        assertThat(text).contains("api_server           not available API server       not available yet");
        assertThat(all.get(10).get("enabled").asBoolean()).isFalse();
        assertThat(all.get(10).get("available").asBoolean()).isFalse();
        assertThat(intuition.get("available").asBoolean()).isTrue();
        assertThat(ok("status").out()).doesNotContain("Disabled");
        assertThat(all.get(5).get("configReason").asText()).startsWith("the CDNA is changed as a whole");
    }

    @Test
    void configShowsEachSettingWithItsValueDefaultAndRange() {
        String text = ok("modules", "config", "intuition_engine").out();
        assertThat(text).startsWith("intuition_engine (IntuitionEngine)\n"
                + "  batch_size = 1000   (default; a whole number between 1 and 1000000)\n"
                + "      experience events sampled per slow-path cycle (at most the window is sampled)\n"
                + "  min_confidence = 0.7   (default; between 0 and 1)\n");
        JsonNode guardian = json("modules", "config", "guardian");
        assertThat(guardian.get("id").asText()).isEqualTo("guardian");
        JsonNode memory = guardian.get("settings").get(1);
        assertThat(memory.get("key").asText()).isEqualTo("max_memory_bytes");
        assertThat(memory.get("type").asText()).isEqualTo("bytes");
        assertThat(memory.get("value").asText()).isEqualTo(memory.get("default").asText());
        assertThat(memory.get("min").asText()).isEqualTo("16777216");
        assertThat(memory.get("noneAllowed").asBoolean()).isTrue();
    }

    @Test
    void configChangesAreCheckedSavedAndShown() {
        assertThat(ok("modules", "config", "intuition_engine", "min_confidence=0.8", "BATCH_SIZE=250").out().strip())
                .isEqualTo("intuition_engine.batch_size: 1000 → 250\nintuition_engine.min_confidence: 0.7 → 0.8");
        assertThat(ok("modules", "config", "intuition_engine").out())
                .contains("  min_confidence = 0.8   (default 0.7; between 0 and 1)");
        assertThat(ok("modules", "config", "guardian", "max_memory_bytes=1234m").out().strip())
                .endsWith("→ 1293942784 (1.2 GiB)");
        JsonNode again = json("modules", "config", "intuition_engine", "min_confidence=0.8");
        assertThat(again.get("changed").isEmpty()).isTrue();
        assertThat(ok("modules", "config", "intuition_engine", "min_confidence=default").out().strip())
                .isEqualTo("intuition_engine.min_confidence: 0.8 → 0.7");
        assertThat(json("modules", "config", "intuition_engine", "batch_size=300").get("changed").get("batch_size")
                .asText()).isEqualTo("300");
    }

    @Test
    void aBadValueNamesTheSettingAndWhatItTakesAndChangesNothing() {
        Result bad = fails(TiroCli.EXIT_ERROR, "modules", "config", "intuition_engine", "batch_size=10",
                "min_confidence=1.4");
        assertThat(bad.errLines()).containsExactly("tiro: intuition_engine.min_confidence must be between 0 and 1,"
                + " got 1.4");
        assertThat(bad.out()).isEmpty();
        assertThat(ok("modules", "config", "intuition_engine").out()).contains("batch_size = 1000   (default;");

        assertThat(fails(TiroCli.EXIT_ERROR, "modules", "config", "guardian", "max_token=5").errLines())
                .containsExactly("tiro: guardian.max_token is not a setting; the settings are max_tokens,"
                        + " max_memory_bytes, memory_threshold");
        assertThat(fails(TiroCli.EXIT_ERROR, "modules", "config", "cdna").errLines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("tiro: cdna (CDNA) has no settings to change while the"
                        + " engine runs: the CDNA is changed as a whole with tiro cdna"));
        assertThat(fails(2, "modules", "config", "gateway").err()).contains("No module 'gateway'");
        assertThat(fails(2, "modules", "config", "guardian", "max_tokens").err())
                .contains("Expected KEY=VALUE, e.g. min_confidence=0.8, got 'max_tokens'");
        assertThat(fails(2, "modules", "config", "guardian", "max_tokens=1", "MAX_TOKENS=2").err())
                .contains("max_tokens is given twice");
    }

    @Test
    void disablingSticksAcrossRunsAndSkipsTheSlowPath() {
        assertThat(ok("modules", "disable", "intuition_engine").out().strip()).isEqualTo("intuition_engine disabled");
        assertThat(ok("modules", "disable", "intuition_engine").out().strip())
                .isEqualTo("intuition_engine is already disabled");
        assertThat(ok("modules").out()).contains("intuition_engine     disabled      IntuitionEngine  skips its work"
                + " until: tiro modules enable intuition_engine");
        assertThat(ok("intuition", "stats").out()).startsWith("Disabled: the IntuitionEngine records and learns"
                + " nothing until: tiro modules enable intuition_engine\n");
        assertThat(ok("status").out()).contains("Disabled     intuition_engine (tiro modules enable ID)");
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

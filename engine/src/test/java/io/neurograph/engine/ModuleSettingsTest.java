package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.guardian.MemoryProbe;
import io.neurograph.engine.guardian.QuotaExceededException;
import io.neurograph.engine.module.ModuleConfigException;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleNotConfigurableException;
import io.neurograph.engine.module.ModuleSetting;
import io.neurograph.engine.module.SettingType;
import io.neurograph.engine.store.sqlite.SqliteRepository;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings changed while the engine runs, on a real data folder: checked, in force at once, kept across reopens. */
class ModuleSettingsTest {
    @TempDir
    Path dir;

    private EngineConfig config() {
        return EngineConfig.at(dir).withMemoryProbe(MemoryProbe.RECORD_ESTIMATE)
                .withGuardian(GuardianConfig.DEFAULTS.withMaxMemoryBytes(1L << 30));
    }

    private static ModuleSetting setting(Engine engine, ModuleId id, String key) {
        return engine.moduleSettings().config(id).stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theIntuitionEngineAndTheGuardianListTheirSettingsWithDefaultsAndRanges() {
        try (Engine engine = Engine.open(config())) {
            assertThat(engine.moduleSettings().config(ModuleId.INTUITION_ENGINE)).extracting(ModuleSetting::key)
                    .containsExactly("batch_size", "min_confidence", "max_proposals_per_cycle", "min_samples",
                            "min_reward_delta", "max_connection_feedback");
            ModuleSetting confidence = setting(engine, ModuleId.INTUITION_ENGINE, "min_confidence");
            assertThat(confidence).isEqualTo(new ModuleSetting("min_confidence", SettingType.DECIMAL, "0.7", "0.7",
                    "0", "1", false, "patterns less confident than this are not proposed"));
            assertThat(confidence.range()).isEqualTo("between 0 and 1");
            assertThat(setting(engine, ModuleId.INTUITION_ENGINE, "batch_size").range())
                    .isEqualTo("a whole number between 1 and 1000000");

            assertThat(engine.moduleSettings().config(ModuleId.GUARDIAN)).extracting(ModuleSetting::key)
                    .containsExactly("max_tokens", "max_memory_bytes", "memory_threshold");
            ModuleSetting memory = setting(engine, ModuleId.GUARDIAN, "max_memory_bytes");
            assertThat(memory.value()).isEqualTo("1073741824");
            assertThat(memory.defaultValue()).as("the EngineConfig's").isEqualTo("1073741824");
            assertThat(memory.range()).isEqualTo("a byte count (512m, 4g) between 16777216 and 1099511627776, or none");
            assertThat(setting(engine, ModuleId.GUARDIAN, "max_tokens").value()).isEqualTo("10000000");
        }
    }

    @Test
    void onlyTheIntuitionEngineAndTheGuardianAreConfigurableAndTheOthersSayWhy() {
        assertThat(Arrays.stream(ModuleId.values()).filter(ModuleId::configurable))
                .containsExactly(ModuleId.GUARDIAN, ModuleId.INTUITION_ENGINE);
        try (Engine engine = Engine.open(EngineConfig.inMemory())) {
            for (ModuleId id : ModuleId.values()) {
                if (!id.configurable()) {
                    assertThatThrownBy(() -> engine.moduleSettings().config(id))
                            .isInstanceOf(ModuleNotConfigurableException.class)
                            .hasMessageStartingWith(id.key() + " (" + id.title() + ") has no settings to change while"
                                    + " the engine runs: ");
                }
            }
            assertThatThrownBy(() -> engine.moduleSettings().configure(ModuleId.CDNA, Map.of("scales", "1")))
                    .isInstanceOf(ModuleNotConfigurableException.class)
                    .hasMessageContaining("the CDNA is changed as a whole with tiro cdna or in the desktop app's CDNA"
                            + " tab");
        }
    }

    @Test
    void badValuesAreRefusedNamingTheSettingAndWhatItTakesAndNothingChanges() {
        try (Engine engine = Engine.open(config())) {
            ModuleSettings settings = engine.moduleSettings();
            assertThatThrownBy(() -> settings.configure(ModuleId.INTUITION_ENGINE, Map.of("min_confidence", "1.4")))
                    .isInstanceOf(ModuleConfigException.class)
                    .hasMessage("intuition_engine.min_confidence must be between 0 and 1, got 1.4");

            Map<String, String> mixed = new LinkedHashMap<>();
            mixed.put("batch_size", "200");
            mixed.put("min_samples", "2.5");
            mixed.put("speed", "11");
            ModuleConfigException e = catchThrowableOfType(ModuleConfigException.class,
                    () -> settings.configure(ModuleId.INTUITION_ENGINE, mixed));
            assertThat(e.getMessage()).isEqualTo("intuition_engine.min_samples must be a whole number between 2 and"
                    + " 1000000, got 2.5; intuition_engine.speed is not a setting; the settings are batch_size,"
                    + " min_confidence, max_proposals_per_cycle, min_samples, min_reward_delta, max_connection_feedback");
            assertThat(e.module()).isEqualTo(ModuleId.INTUITION_ENGINE);
            assertThat(e.problems()).containsOnlyKeys("min_samples", "speed");
            assertThat(engine.intuition().config().batchSize()).as("all or nothing").isEqualTo(1000);

            assertThatThrownBy(() -> settings.configure(ModuleId.GUARDIAN, Map.of("max_tokens", "many")))
                    .hasMessage("guardian.max_tokens must be a whole number between 0 and 4294967295, or none,"
                            + " got many");
            assertThatThrownBy(() -> settings.configure(ModuleId.GUARDIAN, Map.of("memory_threshold", "")))
                    .hasMessage("guardian.memory_threshold must be between 0.05 and 1, got nothing");
            assertThatThrownBy(() -> settings.configure(ModuleId.GUARDIAN, Map.of("max_memory_bytes", "1m")))
                    .hasMessageStartingWith("guardian.max_memory_bytes must be a byte count (512m, 4g) between"
                            + " 16777216 and 1099511627776, or none, got 1m");
            assertThat(engine.guardian().config().maxTokens()).hasValue(10_000_000);
        }
        try (Engine engine = Engine.open(config())) {
            assertThat(setting(engine, ModuleId.INTUITION_ENGINE, "batch_size").value()).isEqualTo("1000");
        }
    }

    @Test
    void aLoweredTokenQuotaIsEnforcedAtOnceAndNoneLiftsIt() {
        try (Engine engine = Engine.open(config())) {
            for (int i = 0; i < 3; i++) {
                engine.tokens().create(Token.builder().build(), "t" + i);
            }
            List<ModuleSetting> after = engine.moduleSettings().configure(ModuleId.GUARDIAN, Map.of("max_tokens", "3"));
            assertThat(after.getFirst().value()).isEqualTo("3");
            assertThatThrownBy(() -> engine.tokens().create(Token.builder().build(), "t3"))
                    .isInstanceOf(QuotaExceededException.class).hasMessageContaining("max_tokens 3");

            engine.moduleSettings().configure(ModuleId.GUARDIAN, Map.of("MAX_TOKENS", " none "));
            assertThat(engine.guardian().config().maxTokens()).isEmpty();
            engine.tokens().create(Token.builder().build(), "t3");
            assertThat(engine.tokens().count()).isEqualTo(4);
        }
    }

    @Test
    void changedValuesSurviveAReopenAndOnlyThoseDifferentFromTheDefaultsAreStored() throws Exception {
        try (Engine engine = Engine.open(config())) {
            engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("min_confidence", "0.80",
                    "batch_size", "250", "min_reward_delta", "0.5"));
            engine.moduleSettings().configure(ModuleId.GUARDIAN, Map.of("max_memory_bytes", "2g",
                    "max_tokens", "none"));
        }
        assertThat(storedRows()).isEqualTo(Map.of("guardian.max_memory_bytes", "2147483648", "guardian.max_tokens",
                "none", "intuition_engine.batch_size", "250", "intuition_engine.min_confidence", "0.8"));
        try (Engine engine = Engine.open(config())) {
            assertThat(engine.intuition().config().minConfidence()).isEqualTo(0.8);
            assertThat(engine.intuition().config().batchSize()).isEqualTo(250);
            assertThat(engine.guardian().config().maxMemoryBytes()).hasValue(2L << 30);
            assertThat(engine.guardian().config().maxTokens()).isEmpty();
            ModuleSetting confidence = setting(engine, ModuleId.INTUITION_ENGINE, "min_confidence");
            assertThat(confidence.value()).isEqualTo("0.8");
            assertThat(confidence.defaultValue()).isEqualTo("0.7");
            assertThat(confidence.isDefault()).isFalse();

            engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("min_confidence", "default",
                    "batch_size", "1000"));
            assertThat(setting(engine, ModuleId.INTUITION_ENGINE, "min_confidence").isDefault()).isTrue();
        }
        assertThat(storedRows()).isEqualTo(Map.of("guardian.max_memory_bytes", "2147483648", "guardian.max_tokens",
                "none"));
        // a stored value outlives a new EngineConfig; the default shown is the new one
        try (Engine engine = Engine.open(config().withGuardian(GuardianConfig.DEFAULTS.withMaxMemoryBytes(3L << 30)))) {
            assertThat(engine.guardian().config().maxMemoryBytes()).hasValue(2L << 30);
            assertThat(setting(engine, ModuleId.GUARDIAN, "max_memory_bytes").defaultValue()).isEqualTo("3221225472");
        }
    }

    @Test
    void storedValuesThisBuildDoesNotTakeAreIgnoredAndTheDefaultHolds() throws Exception {
        try (Engine engine = Engine.open(config())) {
            engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("batch_size", "300"));
        }
        sql("INSERT INTO module_setting(module, key, value) VALUES ('intuition_engine', 'min_confidence', '7'),"
                + " ('intuition_engine', 'warp', '9'), ('gateway', 'queue', '1'), ('cdna', 'scales', '2')");
        try (Engine engine = Engine.open(config())) {
            assertThat(engine.intuition().config().batchSize()).isEqualTo(300);
            assertThat(engine.intuition().config().minConfidence()).isEqualTo(0.7);
        }
    }

    @Test
    void aChangeIsAnnouncedWithTheNewValuesAndNoChangeIsNotAnnounced() {
        try (Engine engine = Engine.open(EngineConfig.inMemory())) {
            Subscription events = engine.events().subscribe(Set.of(EngineEvent.ModuleConfigured.class), 10);
            engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("max_proposals_per_cycle", "3",
                    "min_confidence", "0.7"));
            engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("max_proposals_per_cycle", "3"));
            List<EngineEvent> seen = new ArrayList<>();
            events.drain(seen::add, 10);
            assertThat(seen).singleElement().isInstanceOfSatisfying(EngineEvent.ModuleConfigured.class, e -> {
                assertThat(e.module()).isEqualTo("intuition_engine");
                assertThat(e.changed()).isEqualTo(Map.of("max_proposals_per_cycle", "3"));
            });
        }
    }

    @Test
    void aVersionFourDataFolderGainsTheSettingsTable() throws Exception {
        Engine.open(config()).close();
        sql("DROP TABLE module_setting", "PRAGMA user_version = 4");
        try (Engine engine = Engine.open(config())) {
            engine.moduleSettings().configure(ModuleId.GUARDIAN, Map.of("memory_threshold", "0.9"));
        }
        assertThat(storedRows()).isEqualTo(Map.of("guardian.memory_threshold", "0.9"));
    }

    @Test
    void aClosedEngineCannotBeConfigured() {
        Engine engine = Engine.open(EngineConfig.inMemory());
        engine.close();
        assertThatThrownBy(() -> engine.moduleSettings().configure(ModuleId.GUARDIAN, Map.of("max_tokens", "5")))
                .isInstanceOf(IllegalStateException.class).hasMessage("The engine is closed");
    }

    private Map<String, String> storedRows() throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteRepository.FILE_NAME));
             Statement st = raw.createStatement();
             ResultSet rs = st.executeQuery("SELECT module, key, value FROM module_setting")) {
            while (rs.next()) {
                rows.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3));
            }
        }
        return rows;
    }

    private void sql(String... statements) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteRepository.FILE_NAME));
             Statement st = raw.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}

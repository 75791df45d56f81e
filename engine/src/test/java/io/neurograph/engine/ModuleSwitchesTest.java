package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleNotSwitchableException;
import io.neurograph.engine.module.ModuleState;
import io.neurograph.engine.module.UnknownModuleException;
import io.neurograph.engine.store.sqlite.SqliteRepository;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module registry on a real data folder: which parts switch, what refuses, what survives a restart. */
class ModuleSwitchesTest {
    @TempDir
    Path dir;

    @Test
    void everyPartStartsEnabledAndOnlyTheIntuitionEngineAndTheEventBusCanBeDisabled() {
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            assertThat(engine.moduleSwitches().list()).extracting(ModuleState::id).containsExactly(ModuleId.values());
            assertThat(engine.moduleSwitches().list()).filteredOn(s -> !s.enabled()).extracting(ModuleState::id)
                    .as("only what this build lacks").containsExactly(ModuleId.API_SERVER);
        }
        assertThat(Arrays.stream(ModuleId.values()).filter(ModuleId::canDisable))
                .containsExactly(ModuleId.INTUITION_ENGINE, ModuleId.SIGNAL_SYSTEM);
        assertThat(ModuleId.SIGNAL_SYSTEM.disableWarning()).hasValueSatisfying(w ->
                assertThat(w).startsWith("stops all event processing"));
        assertThat(ModuleId.INTUITION_ENGINE.disableWarning()).isEmpty();
    }

    @Test
    void aCorePartRefusesToStopAndSaysWhy() {
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            assertThatThrownBy(() -> engine.moduleSwitches().setEnabled(ModuleId.GUARDIAN, false))
                    .isInstanceOf(ModuleNotSwitchableException.class)
                    .hasMessage("guardian (Guardian) cannot be disabled: a core part and security-critical: it checks"
                            + " every write against the CDNA and the quotas");
            assertThatThrownBy(() -> engine.moduleSwitches().setEnabled(ModuleId.CAPSULE_RUNTIME, false))
                    .hasMessageContaining("runtimes are opened per model");
            assertThat(engine.moduleSwitches().setEnabled(ModuleId.API_SERVER, false)).as("it is off already").isFalse();
            assertThat(engine.moduleSwitches().isEnabled(ModuleId.GUARDIAN)).isTrue();
            assertThat(engine.moduleSwitches().setEnabled(ModuleId.GUARDIAN, true)).as("it is on already").isFalse();
        }
    }

    @Test
    void aPartNotAvailableInThisBuildIsOffAndRefusesToStart() {
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            assertThat(ModuleId.API_SERVER.available()).isFalse();
            assertThat(engine.moduleSwitches().state(ModuleId.API_SERVER).enabled()).isFalse();
            assertThatThrownBy(() -> engine.moduleSwitches().setEnabled(ModuleId.API_SERVER, true))
                    .isInstanceOf(ModuleNotSwitchableException.class)
                    .hasMessage("api_server (API server) cannot be enabled: not available yet: the local API server"
                            + " arrives with the REST API");
        }
    }

    @Test
    void idsAreReadAsTheCliAndUpstreamWriteThem() {
        assertThat(ModuleId.parse("intuition_engine")).isEqualTo(ModuleId.INTUITION_ENGINE);
        assertThat(ModuleId.parse(" Signal_System ")).isEqualTo(ModuleId.SIGNAL_SYSTEM);
        assertThat(ModuleId.parse("tokenmanager")).isEqualTo(ModuleId.TOKEN_MANAGER);
        assertThatThrownBy(() -> ModuleId.parse("gateway")).isInstanceOf(UnknownModuleException.class)
                .hasMessage("No module 'gateway'; the modules are token_manager, connection_manager, grid, graph,"
                        + " guardian, cdna, intuition_engine, signal_system, bootstrap, capsule_runtime, api_server");
    }

    @Test
    void switchesSurviveARestartAndStoredNonsenseIsIgnored() throws Exception {
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            assertThat(engine.moduleSwitches().setEnabled(ModuleId.INTUITION_ENGINE, false)).isTrue();
            assertThat(engine.moduleSwitches().setEnabled(ModuleId.INTUITION_ENGINE, false)).isFalse();
            engine.moduleSwitches().setEnabled(ModuleId.SIGNAL_SYSTEM, false);
        }
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            assertThat(engine.intuition().isEnabled()).isFalse();
            assertThat(engine.events().isEnabled()).isFalse();
            engine.moduleSwitches().setEnabled(ModuleId.INTUITION_ENGINE, true);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteRepository.FILE_NAME));
             Statement st = raw.createStatement()) {
            st.execute("INSERT INTO module_state(id, enabled) VALUES ('guardian', 0), ('gateway', 0)");
        }
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            assertThat(engine.moduleSwitches().list()).filteredOn(s -> !s.enabled()).extracting(ModuleState::id)
                    .containsExactly(ModuleId.SIGNAL_SYSTEM, ModuleId.API_SERVER);
        }
    }

    @Test
    void aDisabledEventBusAnnouncesItsSilenceThenDeliversNothing() {
        try (Engine engine = Engine.open(EngineConfig.inMemory())) {
            Subscription all = engine.events().subscribe(Set.of(EngineEvent.class), 100);
            engine.moduleSwitches().setEnabled(ModuleId.SIGNAL_SYSTEM, false);
            engine.tokens().create(Token.builder().build(), "quiet");
            engine.moduleSwitches().setEnabled(ModuleId.INTUITION_ENGINE, false);
            engine.moduleSwitches().setEnabled(ModuleId.SIGNAL_SYSTEM, true);
            List<EngineEvent> seen = new ArrayList<>();
            all.drain(seen::add, 100);
            assertThat(seen).hasSize(2);
            assertThat(seen.get(0)).isInstanceOfSatisfying(EngineEvent.ModuleSwitched.class, e -> {
                assertThat(e.module()).isEqualTo("signal_system");
                assertThat(e.enabled()).isFalse();
            });
            assertThat(seen.get(1)).isInstanceOfSatisfying(EngineEvent.ModuleSwitched.class, e -> {
                assertThat(e.module()).isEqualTo("signal_system");
                assertThat(e.enabled()).isTrue();
            });
            assertThat(engine.events().suppressed()).as("the token and the IntuitionEngine's switch").isEqualTo(2);
        }
    }

    @Test
    void aClosedEngineCannotBeSwitched() {
        Engine engine = Engine.open(EngineConfig.inMemory());
        engine.close();
        assertThatThrownBy(() -> engine.moduleSwitches().setEnabled(ModuleId.INTUITION_ENGINE, false))
                .isInstanceOf(IllegalStateException.class).hasMessage("The engine is closed");
    }
}

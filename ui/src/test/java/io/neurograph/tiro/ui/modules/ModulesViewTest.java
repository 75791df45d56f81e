package io.neurograph.tiro.ui.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.module.ModuleId;
import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class ModulesViewTest extends MainWindowRobotTest {
    @Test
    void listsTheComponentsAndACorePartRefusesWithItsReason() throws Exception {
        clickOn("#tab-modules");
        TableView<ModuleRow> table = lookup("#modules-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == ModuleId.values().length);
        assertThat(lookup("#modules-config-pick").tryQuery()).as("the settings pane says what to do before a pick")
                .isPresent();
        assertThat(table.getItems()).extracting(ModuleRow::name).containsExactly("Token store", "Connections",
                "Spatial grid", "Graph", "Guardian", "CDNA", "IntuitionEngine", "Event bus", "Bootstrap",
                "Capsule runtime", "API server");
        assertThat(table.getItems().getFirst().metrics()).isEqualTo("0 tokens, next id 1");

        clickOn(ShownSwitches.await(this, ModuleId.TOKEN_MANAGER, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ShownSwitches.await(this, ModuleId.TOKEN_MANAGER, true).isDisabled()).isTrue();
        assertThat(engine.moduleSwitches().isEnabled(ModuleId.TOKEN_MANAGER)).isTrue();
        assertThat(table.getItems().getFirst().note()).isEqualTo("Core part: the engine cannot run without it");
        assertThat(lookup("Core part: the engine cannot run without it").tryQuery()).isPresent();
        assertThat(table.getItems().getLast().note()).isEqualTo("Not available until the REST API lands");
        assertThat(lookup("#modules-config").queryTableView().getItems()).isNotEmpty();
    }

    @Test
    void theApiServerShowsOffAndTheCapsuleRuntimeReadsTheEnginesRuntimes() throws Exception {
        clickOn("#tab-modules");
        TableView<ModuleRow> table = lookup("#modules-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == ModuleId.values().length);
        ModuleRow api = table.getItems().getLast();
        assertThat(api.enabled()).as("the status bar says it is off too").isFalse();
        assertThat(api.status()).isEqualTo("Not available");
        ModuleRow runtime = table.getItems().get(ModuleId.CAPSULE_RUNTIME.ordinal());
        assertThat(runtime.status()).isEqualTo("No model open");
        assertThat(runtime.metrics()).isEqualTo("Capsules loaded: 0, loads: 0, evictions: 0");
    }
}

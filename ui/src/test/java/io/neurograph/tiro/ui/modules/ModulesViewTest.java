package io.neurograph.tiro.ui.modules;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.ToggleSwitch;
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
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == Component.values().length);
        assertThat(table.getItems()).extracting(ModuleRow::name).containsExactly("Token store", "Connections",
                "Spatial grid", "Graph", "Guardian", "CDNA", "IntuitionEngine", "Bootstrap", "Capsule runtime",
                "API server");
        assertThat(table.getItems().getFirst().metrics()).isEqualTo("0 tokens, next id 1");

        ToggleSwitch tokenStore = from(table).lookup("#modules-switch-token_store")
                .match((ToggleSwitch t) -> t.getScene() != null).queryAs(ToggleSwitch.class);
        clickOn(tokenStore);
        assertThat(tokenStore.isDisabled()).isTrue();
        assertThat(tokenStore.isSelected()).isTrue();
        assertThat(table.getItems().getFirst().reason()).isEqualTo("Core part: the engine cannot run without it");
        assertThat(lookup("Core part: the engine cannot run without it").tryQuery()).isPresent();
        assertThat(table.getItems().getLast().reason()).isEqualTo("Not available until the REST API lands");
        assertThat(lookup("#modules-config").queryTableView().getItems()).isNotEmpty();
    }
}

package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.status.StatusSnapshot;
import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test of the real main window: tabs, shortcuts, status bar, theme and remembered state. */
class MainWindowTest extends MainWindowRobotTest {
    private static final long MIB = 1024 * 1024;

    @Override
    protected StatusSnapshot status() {
        return new StatusSnapshot("RUNNING", 12_345, 678, 256 * MIB, 2048 * MIB, 486 * MIB);
    }

    @Test
    void showsTheTabsInOrder() {
        assertThat(tabs().getTabs()).extracting(Tab::getId).containsExactly("tab-dashboard", "tab-graph",
                "tab-cdna", "tab-bootstrap", "tab-chat", "tab-terminal", "tab-modules", "tab-logs", "tab-settings");
        for (Tab tab : tabs().getTabs()) {
            interact(() -> tabs().getSelectionModel().select(tab)); // headers may scroll off a narrow window
            assertThat(tab.getContent()).as(tab.getId()).isNotNull();
        }
    }

    /** AtlantaFX's floating tabs are 150 px wide each, which pushed Logs and Settings behind the overflow menu. */
    @Test
    void everyTabHeaderFitsTheDefaultWindow() {
        double width = tabs().getScene().getWidth();
        assertThat(width).isLessThanOrEqualTo(1200);
        for (Tab tab : tabs().getTabs()) {
            javafx.scene.Node header = lookup("#" + tab.getId()).query();
            assertThat(header.localToScene(header.getLayoutBounds()).getMaxX()).as(tab.getId())
                    .isLessThanOrEqualTo(width);
        }
    }

    @Test
    void switchesTabsByClickAndShortcut() {
        clickOn("#tab-terminal");
        assertThat(selectedId()).isEqualTo("tab-terminal");

        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(selectedId()).isEqualTo("tab-graph");

        press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        assertThat(selectedId()).isEqualTo("tab-cdna");

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(selectedId()).isEqualTo("tab-graph");
    }

    @Test
    void statusBarShowsTheSourceCounts() throws Exception {
        Label tokens = lookup("#status-tokens").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tokens.getText().contains("12,345"));
        assertThat(tokens.getText()).isEqualTo("Tokens: 12,345");
        assertThat(lookup("#status-heap").queryAs(Label.class).getText()).isEqualTo("Heap: 256 / 2,048 MiB");
        assertThat(lookup("#status-mapped").queryAs(Label.class).getText()).isEqualTo("Mapped: 486 MiB");
        assertThat(lookup("#status-jobs").queryAs(Label.class).getText()).isEqualTo("Jobs: 0");
    }

    @Test
    void switchesThemeFromTheViewMenu() {
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        clickOn("View").clickOn("Dark theme");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
    }

    @Test
    void remembersTheSelectedTab() throws Exception {
        clickOn("#tab-chat");
        FxToolkit.hideStage();
        assertThat(new UiStateStore(stateFile()).load().tab()).isEqualTo(AppTab.CHAT);
    }

    private TabPane tabs() {
        return lookup("#main-tabs").queryAs(TabPane.class);
    }

    private String selectedId() {
        return tabs().getSelectionModel().getSelectedItem().getId();
    }
}

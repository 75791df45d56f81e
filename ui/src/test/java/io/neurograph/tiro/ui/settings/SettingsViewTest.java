package io.neurograph.tiro.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.shell.UiStateStore;
import io.neurograph.tiro.ui.status.StatusSnapshot;
import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Robot test of the Settings tab in the real main window. The engine is persistent in a temporary folder, so
 * the tab writes the language next to the window state there (never to the user's own config).
 */
class SettingsViewTest extends MainWindowRobotTest {
    @Override
    protected EngineConfig engineConfig() {
        return EngineConfig.at(dataDir);
    }

    @Override
    protected StatusSnapshot status() {
        return new StatusSnapshot("RUNNING", 0, 0, 1, 2, 0);
    }

    @Test
    void changingTheThemeRestylesTheWindow() {
        openSettings();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        clickOn("#settings-theme").clickOn("Dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        clickOn("#settings-theme").clickOn("Light");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void theChosenLanguageIsPersistedAndTheRestartIsExplained() throws Exception {
        openSettings();
        assertThat(lookup("#settings-data-folder").queryAs(Label.class).getText()).isEqualTo(dataDir.toString());
        clickOn("#settings-language").clickOn("Русский (Russian)");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("The language changes at the next start.")
                .tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        FxToolkit.hideStage();
        assertThat(new UiStateStore(stateFile()).load().language()).contains(Locale.forLanguageTag("ru"));
    }

    /** The tab strip may overflow a small headless screen, so the tab is selected through its pane. */
    private void openSettings() {
        TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().getLast()));
    }
}

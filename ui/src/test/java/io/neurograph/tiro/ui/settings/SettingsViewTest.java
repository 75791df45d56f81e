package io.neurograph.tiro.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.TiroApplication;
import io.neurograph.tiro.ui.shell.UiStateStore;
import io.neurograph.tiro.ui.status.StatusSnapshot;
import io.neurograph.tiro.ui.testing.TestContexts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Robot test of the Settings tab in the real main window. The engine is persistent in a temporary folder, so
 * the tab writes the language next to the window state there (never to the user's own config).
 */
class SettingsViewTest extends ApplicationTest {
    @TempDir
    Path dataDir;
    private Engine engine;

    @Override
    public void start(Stage stage) {
        engine = Engine.open(EngineConfig.at(dataDir));
        new TiroApplication(TestContexts.of(engine, () -> new StatusSnapshot("RUNNING", 0, 0, 1, 2, 0), stateFile()))
                .start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
        engine.close();
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

    private Path stateFile() {
        return dataDir.resolve("ui.properties");
    }
}

package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.UiContext;
import io.neurograph.tiro.ui.status.EngineStatusSource;
import io.neurograph.tiro.ui.status.StatusSnapshot;
import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import io.neurograph.tiro.ui.testing.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An empty data folder gets the default-vocabulary offer once; accepting it opens the Bootstrap tab. */
class FirstStartTest extends MainWindowRobotTest {
    @Override
    protected EngineConfig engineConfig() {
        return EngineConfig.at(dataDir);
    }

    @Override
    protected StatusSnapshot status() {
        return new StatusSnapshot("RUNNING", 0, 0, 0, 0, 0);
    }

    /** As a new user sees it: no first-start offer has been made in this data folder yet. */
    @Override
    protected UiContext context(Engine engine, EngineStatusSource status, Path stateFile) {
        return TestContexts.firstStart(engine, status, stateFile);
    }

    @Test
    void offersTheVocabularyOnceAndOpensBootstrapWhenAccepted() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#first-start-dialog").tryQuery().isPresent());
        clickOn("Load the vocabulary");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "tab-bootstrap".equals(
                lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(dataDir.resolve("first-start-offered")));

        FxToolkit.hideStage();
        engine.close();
        FxToolkit.setupStage(this::start);
        FxToolkit.showStage();
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        assertThat(lookup("#first-start-dialog").tryQuery()).isEmpty();
    }
}

package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.TiroApplication;
import io.neurograph.tiro.ui.status.StatusSnapshot;
import io.neurograph.tiro.ui.testing.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** An empty data folder gets the default-vocabulary offer once; accepting it opens the Bootstrap tab. */
class FirstStartTest extends ApplicationTest {
    @TempDir
    Path dataDir;
    private Engine engine;

    @Override
    public void start(Stage stage) {
        engine = Engine.open(EngineConfig.at(dataDir));
        new TiroApplication(TestContexts.firstStart(engine, () -> new StatusSnapshot("RUNNING", 0, 0, 0, 0, 0),
                dataDir.resolve("ui.properties"))).start(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        engine.close();
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

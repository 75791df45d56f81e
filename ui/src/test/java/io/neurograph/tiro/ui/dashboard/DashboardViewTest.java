package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.TiroApplication;
import io.neurograph.tiro.ui.status.StatusSnapshot;
import io.neurograph.tiro.ui.testing.TestContexts;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window opens on the Dashboard; after the first sample every chart shows a value. */
class DashboardViewTest extends ApplicationTest {
    @TempDir
    java.nio.file.Path dataDir;
    private Engine engine;

    @Override
    public void start(Stage stage) {
        engine = Engine.open(EngineConfig.inMemory());
        new TiroApplication(TestContexts.of(engine, () -> new StatusSnapshot("RUNNING", 0, 0, 0, 1, 0),
                dataDir.resolve("ui.properties"))).start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
        engine.close();
    }

    @Test
    void chartsShowAValueAfterASample() throws Exception {
        Label heap = lookup("#value-heap_used_bytes").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> heap.getText().endsWith("MiB"));
        assertThat(lookup("#value-tokens").queryAs(Label.class).getText()).isEqualTo("0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !lookup("#chart-heap_used_bytes .tiro-dashboard-line").queryAs(Path.class)
                        .getElements().isEmpty());
    }

    @Test
    void addsAnAlertRule() {
        clickOn("#dashboard-alert-threshold").write("90");
        clickOn("#dashboard-alert-add");
        assertThat(lookup("#dashboard-alert-rules").queryTableView().getItems()).hasSize(1);
    }
}

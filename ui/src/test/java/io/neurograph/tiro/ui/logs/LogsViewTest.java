package io.neurograph.tiro.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Logs tab of the real window, fed by a JUL logger and by engine events. */
class LogsViewTest extends MainWindowRobotTest {
    private static final Logger LOG = Logger.getLogger("test.logs");

    @Test
    void filtersByLevelAndSearchesAndPauses() throws Exception {
        clickOn("#tab-logs");
        LOG.info("alpha started");
        LOG.warning("beta is slow");
        engine.events().publish(new EngineEvent.CdnaUpdated("explorer", 255, 1));
        waitForLines(3);

        ComboBox<LogLevel> level = lookup("#logs-level").queryComboBox();
        clickOn(level);
        clickOn(lookup(".list-cell").match((Labeled l) -> "Warning".equals(l.getText())).queryAs(Labeled.class));
        assertThat(level.getValue()).isEqualTo(LogLevel.WARNING);
        assertThat(lines()).singleElement().asString().contains("beta is slow");

        interact(() -> level.setValue(LogLevel.INFO));
        clickOn("#logs-list");
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("explorer");
        assertThat(lines()).singleElement().asString().contains("CDNA updated: profile explorer");
        write("zzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#logs-placeholder").queryAs(Label.class).getText())
                .isEqualTo("No entries at this level contain “explorerzzz”");

        clickOn("#logs-search").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        waitForLines(3);
        clickOn("#logs-pause");
        LOG.info("gamma while paused");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !lookup("#logs-held-back").queryAs(Label.class).getText().isEmpty());
        assertThat(lines()).hasSize(3);
        assertThat(lookup("#logs-held-back").queryAs(Label.class).getText()).isEqualTo("1 new while paused");

        clickOn("#logs-pause");
        waitForLines(4);
        assertThat(lines().getLast()).asString().contains("gamma while paused");
    }

    private void waitForLines(int n) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines().size() == n);
    }

    @SuppressWarnings("unchecked")
    private List<LogEntry> lines() {
        return List.copyOf(((ListView<LogEntry>) lookup("#logs-list").queryAs(ListView.class)).getItems()).stream()
                .filter(e -> e.source().equals("test.logs") || e.source().equals(EventLines.SOURCE)).toList();
    }
}

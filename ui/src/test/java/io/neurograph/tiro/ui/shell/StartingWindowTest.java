package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.support.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The window shown while the engine opens, and what it says when the engine cannot. */
class StartingWindowTest extends ApplicationTest {
    @TempDir
    Path dir;
    private StartingWindow window;

    @Override
    public void start(Stage stage) {
        window = StartingWindow.show(stage, new UiStateStore(dir.resolve("ui.properties")),
                new Messages(Locale.ENGLISH), Optional.of(ThemeChoice.DARK));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void saysItIsOpeningTheDataFolderWithASpinnerThatJoinsAfterTheFirstFrame() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#starting-message").queryAs(Text.class).getText())
                .isEqualTo("Opening the data folder…");
        assertThat(lookup("#starting-window .progress-indicator").queryAs(ProgressIndicator.class).isVisible())
                .isTrue();
        assertThat(lookup("Quit").tryQuery()).isEmpty();
    }

    @Test
    void explainsAFailureAndOffersToQuit() {
        interact(() -> window.failed(new IllegalStateException("/data/tiro.db: is in use by another Tiro process")));
        assertThat(lookup("#starting-message").queryAs(Text.class).getText())
                .isEqualTo("The engine could not start: /data/tiro.db: is in use by another Tiro process");
        assertThat(lookup("Quit").queryAs(Button.class).isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#starting-window .progress-indicator").tryQuery()).isEmpty();
    }
}

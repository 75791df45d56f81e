package io.neurograph.tiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.token.Token;
import io.neurograph.tiro.app.cli.InProcessConsole;
import io.neurograph.tiro.ui.TiroApplication;
import io.neurograph.tiro.ui.UiContext;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The real desktop window on a real engine folder, with the Terminal running the real command tree. */
class DesktopTerminalTest extends ApplicationTest {
    @TempDir
    Path dataDir;
    private Engine engine;

    @Override
    public void start(Stage stage) {
        engine = Engine.open(EngineConfig.at(dataDir));
        engine.tokens().create(Token.builder().build(), "hello");
        new TiroApplication(new UiContext(engine, new InProcessConsole(engine), new EngineStatusAdapter(engine),
                dataDir.resolve("ui.properties"), Locale.ENGLISH, Optional.of(ThemeChoice.LIGHT))).start(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        engine.close();
    }

    @Test
    void runsStatusInTheTerminal() throws Exception {
        clickOn("#tab-terminal");
        clickOn("#terminal-input").write("status").type(KeyCode.ENTER);
        waitForOutput("Tokens");
        assertThat(output()).contains("tiro › status").containsPattern("Tokens:? +1");
    }

    @Test
    void completesWithTabAndReportsErrorsWithTheirExitCode() throws Exception {
        clickOn("#tab-terminal");
        clickOn("#terminal-input").write("boot").type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inputText().equals("bootstrap "));
        write("inspect"); // the caret is at the end of the completed word
        assertThat(inputText()).isEqualTo("bootstrap inspect");
        interact(() -> lookup("#terminal-input").queryTextInputControl().clear());
        clickOn("#terminal-input").write("token get 999").type(KeyCode.ENTER);
        waitForOutput("exit code 1");
        assertThat(output()).contains("999");
    }

    private void waitForOutput(String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> output().contains(text));
    }

    private String output() {
        return lookup("#terminal-output").queryAs(StyleClassedTextArea.class).getText();
    }

    private String inputText() {
        return lookup("#terminal-input").queryTextInputControl().getText();
    }
}

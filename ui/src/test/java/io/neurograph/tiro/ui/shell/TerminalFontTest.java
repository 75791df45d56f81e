package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test: the Terminal draws its transcript in a monospaced font, so the CLI's tables line up. */
class TerminalFontTest extends MainWindowRobotTest {
    @Test
    void theTranscriptIsMonospaced() throws Exception {
        clickOn("#tab-terminal");
        write("modules").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> line().isPresent());
        Text line = line().orElseThrow();
        Font font = line.getFont();
        assertThat(width("iiiiiiii", font)).isEqualTo(width("WWWWWWWW", font));
    }

    private Optional<Text> line() {
        return from(lookup("#terminal-output").queryAll()).lookup((Node n) -> n instanceof Text t
                && t.getText().contains("modules")).tryQueryAs(Text.class);
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}

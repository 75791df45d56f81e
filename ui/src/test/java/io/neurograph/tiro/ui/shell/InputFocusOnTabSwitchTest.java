package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Robot test of the real main window: text typed right after switching to the Chat or the Terminal lands in its input. */
class InputFocusOnTabSwitchTest extends MainWindowRobotTest {

    @Test
    void typingRightAfterTheMenuShortcutGoesIntoTheChatQuestionAndTheTerminalPrompt() {
        ctrl(KeyCode.DIGIT5);
        write("alpha");
        assertThat(field("#chat-question").getText()).isEqualTo("alpha");

        ctrl(KeyCode.DIGIT6);
        write("status");
        assertThat(field("#terminal-input").getText()).isEqualTo("status");

        ctrl(KeyCode.DIGIT5);
        write(" beta");
        assertThat(field("#chat-question").getText()).isEqualTo("alpha beta");
    }

    @Test
    void typingRightAfterClickingTheTabHeaderGoesIntoTheInput() {
        clickOn("#tab-terminal");
        write("modules");
        assertThat(field("#terminal-input").getText()).isEqualTo("modules");

        clickOn("#tab-chat");
        write("gamma");
        assertThat(field("#chat-question").getText()).isEqualTo("gamma");
    }

    @Test
    void aNewConversationByCtrlNLeavesTheFocusInTheQuestionField() {
        clickOn("#tab-chat");
        clickOn("#chat-conversations");
        ctrl(KeyCode.N);
        write("delta");
        assertThat(field("#chat-question").getText()).isEqualTo("delta");
    }

    private TextField field(String id) {
        return lookup(id).queryAs(TextField.class);
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }
}

package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.store.ConnectionRequest;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Robot test of the real main window: each tab's shortcuts work right after switching to the tab by its header
 * (the focus stays on the header, outside the tab) or by the View menu's Ctrl+digit, they do nothing while their
 * tab is hidden, and a focused text field keeps its own Ctrl+Z and Ctrl+C. The Model view's Ctrl+O, which opens
 * the platform's file chooser, is tested in {@code ModelViewShortcutTest} with the chooser answered.
 */
class TabShortcutsWindowTest extends MainWindowRobotTest {
    private static final Logger LOG = Logger.getLogger("test.shortcuts");

    @Test
    void graphFindUndoAndRedoWorkRightAfterSwitchingToTheTab() throws Exception {
        openCollapsedBeta();

        clickOn("#tab-dashboard");
        ctrl(KeyCode.Z);
        ctrl(KeyCode.F);
        assertThat(graphUndo().isDisabled()).as("nothing undone while the tab is hidden").isFalse();
        assertThat(focusOwner()).isNotSameAs(lookup("#graph-search").query());

        clickOn("#tab-graph");
        assertThat(focusOwner()).isSameAs(tabs());
        ctrl(KeyCode.Z);
        assertThat(graphUndo().isDisabled()).isTrue();
        assertThat(graphRedo().isDisabled()).isFalse();
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(graphRedo().isDisabled()).isTrue();
        ctrl(KeyCode.Z);
        ctrl(KeyCode.Y);
        assertThat(graphRedo().isDisabled()).isTrue();
        assertThat(graphUndo().isDisabled()).isFalse();

        ctrl(KeyCode.F);
        assertThat(focusOwner()).isSameAs(lookup("#graph-search").query());
    }

    @Test
    void ctrlZInTheGraphSearchFieldUndoesTheTypingNotTheCollapse() throws Exception {
        openCollapsedBeta();
        TextField search = lookup("#graph-search").query();
        clickOn(search).type(KeyCode.END).write("x");
        assertThat(search.getText()).isEqualTo("betax");

        ctrl(KeyCode.Z);
        // typed on at the end of "beta", the "x" is part of the same typing, which the field takes back whole
        assertThat(search.getText()).isEmpty();
        assertThat(graphUndo().isDisabled()).as("the collapse is still there to undo").isFalse();
    }

    @Test
    void conceptMapFindWorksRightAfterSwitchingBackToTheGraphTab() {
        clickOn("#tab-graph");
        clickOn("#graph-view-concept-map");
        clickOn("#tab-dashboard");
        ctrl(KeyCode.F);
        assertThat(focusOwner()).isNotSameAs(lookup("#conceptmap-search").query());

        clickOn("#tab-graph");
        assertThat(focusOwner()).isSameAs(tabs());
        ctrl(KeyCode.F);
        assertThat(focusOwner()).isSameAs(lookup("#conceptmap-search").query());
    }

    @Test
    void cdnaUndoAndRedoWorkRightAfterSwitchingToTheTab() {
        clickOn("#tab-cdna");
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<Double> scale = lookup("#cdna-scale-spinner-3").queryAs(Spinner.class);
        doubleClickOn(scale.getEditor());
        ctrl(KeyCode.A);
        write("5").type(KeyCode.ENTER);
        assertThat(scale.getValue()).isEqualTo(5.0);

        clickOn("#tab-dashboard");
        ctrl(KeyCode.Z);
        assertThat(scale.getValue()).as("nothing undone while the tab is hidden").isEqualTo(5.0);

        clickOn("#tab-cdna");
        assertThat(focusOwner()).isSameAs(tabs());
        ctrl(KeyCode.Z);
        assertThat(scale.getValue()).isEqualTo(1.0);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(scale.getValue()).isEqualTo(5.0);
        ctrl(KeyCode.Z);
        ctrl(KeyCode.Y);
        assertThat(scale.getValue()).isEqualTo(5.0);
    }

    @Test
    void chatNewConversationWorksRightAfterSwitchingByHeaderOrByTheMenuShortcut() {
        clickOn("#tab-chat");
        ListView<?> conversations = lookup("#chat-conversations").queryAs(ListView.class);
        int before = conversations.getItems().size();

        clickOn("#tab-dashboard");
        ctrl(KeyCode.N);
        assertThat(conversations.getItems()).as("nothing started while the tab is hidden").hasSize(before);

        clickOn("#tab-chat");
        assertThat(focusOwner()).isSameAs(lookup("#chat-question").query());
        ctrl(KeyCode.N);
        assertThat(conversations.getItems()).hasSize(before + 1);
        clickOn(lookup(".button").match((Button b) -> "Delete".equals(b.getText())).queryButton());
        assertThat(conversations.getItems()).as("Ctrl+N on an empty conversation would reuse it").hasSize(before);

        clickOn("#tab-logs");
        ctrl(KeyCode.F);   // the focus is now in the Logs search field
        ctrl(KeyCode.DIGIT5);
        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-chat");
        ctrl(KeyCode.N);
        assertThat(conversations.getItems()).hasSize(before + 1);
    }

    @Test
    void logsCopyAndFindWorkRightAfterSwitchingToTheTabAndCopyInTheSearchFieldStaysTheField() throws Exception {
        clickOn("#tab-logs");
        LOG.info("alpha started");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> logLine("alpha started") != null);
        clickOn(logLine("alpha started"));
        putClipboard("before");

        clickOn("#tab-dashboard");
        ctrl(KeyCode.C);
        assertThat(clipboard()).as("nothing copied while the tab is hidden").isEqualTo("before");

        clickOn("#tab-logs");
        assertThat(focusOwner()).isSameAs(tabs());
        ctrl(KeyCode.C);
        assertThat(clipboard()).contains("alpha started").contains("test.shortcuts");

        ctrl(KeyCode.F);
        assertThat(focusOwner()).isSameAs(lookup("#logs-search").query());
        write("started");
        ctrl(KeyCode.A);
        ctrl(KeyCode.C);
        assertThat(clipboard()).isEqualTo("started");
    }

    /** Opens token beta (alpha – beta – gamma) in the Graph tab and collapses it: one step to undo. */
    private void openCollapsedBeta() throws Exception {
        long alpha = token("alpha");
        long beta = token("beta");
        long gamma = token("gamma");
        engine.connections().createAll(List.of(
                new ConnectionRequest(alpha, beta, ConnectionType.ASSOCIATED_WITH.code(), 200),
                new ConnectionRequest(beta, gamma, ConnectionType.ASSOCIATED_WITH.code(), 200)));
        clickOn("#tab-graph");
        clickOn("#graph-search").write("beta").type(KeyCode.ENTER);
        Label status = lookup("#graph-status").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("Opened beta"));
        clickOn("#graph-collapse");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !graphUndo().isDisabled());
    }

    private long token(String label) {
        return engine.tokens().create(Token.builder().coordinates(CoordinateSpace.L8_ABSTRACT, 0.1f, 0.1f, 0.2f)
                .build(), label).id();
    }

    private Labeled logLine(String text) {
        return lookup(".list-cell").match((Labeled l) -> l.getText() != null && l.getText().contains(text))
                .tryQueryAs(Labeled.class).orElse(null);
    }

    private Button graphUndo() {
        return lookup("#graph-undo").queryButton();
    }

    private Button graphRedo() {
        return lookup("#graph-redo").queryButton();
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private TabPane tabs() {
        return lookup("#main-tabs").queryAs(TabPane.class);
    }

    private Node focusOwner() {
        return tabs().getScene().getFocusOwner();
    }

    private void putClipboard(String text) {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }
}

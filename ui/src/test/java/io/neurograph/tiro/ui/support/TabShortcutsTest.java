package io.neurograph.tiro.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Robot test of {@link TabShortcuts} in a window of two tabs, headless through Monocle: the first tab's content
 * has a Ctrl+F shortcut and a Ctrl+Z one left to text inputs, a text field, an editable spinner and an editable
 * combo box (both of which hand the keys to their editor).
 */
class TabShortcutsTest extends ApplicationTest {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** What the shortcuts did, in order. */
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private TextField field;
    private Spinner<Integer> spinner;
    private ComboBox<String> combo;
    private VBox owner;
    private TabPane tabs;
    private TabShortcuts shortcuts;

    @Override
    public void start(Stage stage) {
        field = new TextField();
        field.setId("field");
        spinner = new Spinner<>(0, 100, 5);
        spinner.setId("spinner");
        spinner.setEditable(true);
        combo = new ComboBox<>();
        combo.setEditable(true);
        owner = new VBox(8, field, spinner, combo);
        shortcuts = TabShortcuts.of(owner).on(FIND, () -> heard.add("find"))
                .outsideText(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> heard.add("undo"));
        Tab first = new Tab("First", owner);
        first.setId("first");
        Tab second = new Tab("Second", new Label("nothing here"));
        second.setId("second");
        tabs = new TabPane(first, second);
        stage.setScene(new Scene(tabs, 500, 300));
        stage.show();
    }

    @Test
    void heardRightAfterSwitchingToTheTabByItsHeader() {
        clickOn("#second");
        clickOn("#first");
        assertThat(tabs.getScene().getFocusOwner()).isSameAs(tabs);   // the header's, outside the tab's nodes

        ctrl(KeyCode.F);
        ctrl(KeyCode.Z);
        assertThat(heard).containsExactly("find", "undo");
    }

    @Test
    void silentWhileTheTabIsHidden() {
        clickOn("#second");
        ctrl(KeyCode.F);
        ctrl(KeyCode.Z);
        assertThat(heard).isEmpty();
    }

    @Test
    void undoInATextFieldSpinnerOrComboBoxStaysTheirsWhileOtherShortcutsWorkThere() {
        clickOn("#field").write("abc");
        ctrl(KeyCode.Z);
        assertThat(field.getText()).isEmpty();

        clickOn(spinner.getEditor()).type(KeyCode.END).write("7");
        assertThat(spinner.getEditor().getText()).isEqualTo("57");
        ctrl(KeyCode.Z);
        assertThat(spinner.getEditor().getText()).isEqualTo("5");

        clickOn(combo.getEditor()).write("xyz");
        ctrl(KeyCode.Z);
        assertThat(combo.getEditor().getText()).isEmpty();
        assertThat(heard).isEmpty();

        ctrl(KeyCode.F);
        assertThat(heard).containsExactly("find");
    }

    @Test
    void followsTheOwnerToAnotherSceneAndStopsWhenClosed() {
        Scene other = new Scene(new StackPane());
        interact(() -> ((StackPane) other.getRoot()).getChildren().add(owner));   // leaves the window's tab
        clickOn("#second");
        clickOn("#first");
        ctrl(KeyCode.F);
        assertThat(heard).isEmpty();

        interact(() -> Event.fireEvent(owner, findPressed()));
        assertThat(heard).containsExactly("find");

        interact(shortcuts::close);
        interact(() -> Event.fireEvent(owner, findPressed()));
        assertThat(heard).containsExactly("find");
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static KeyEvent findPressed() {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F, false, true, false, false);
    }
}

package io.neurograph.tiro.ui.terminal;

import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Nodes;
import io.neurograph.tiro.ui.support.Resources;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A read-only RichTextFX transcript above a one-line prompt. Up/Down walk the history, Tab completes,
 * Ctrl+L clears; the transcript follows the view-model's list.
 */
public final class TerminalView extends BorderPane {
    static final String ROOT = "tiro-terminal";
    static final String PROMPT = "tiro-terminal-prompt";
    private static final String STYLESHEET = "terminal.css";

    private final StyleClassedTextArea output = new StyleClassedTextArea();
    private final TextField input = new TextField();

    public TerminalView(TerminalViewModel model, Messages messages) {
        getStyleClass().add(ROOT);
        getStylesheets().add(Resources.stylesheet(STYLESHEET));

        output.setId("terminal-output");
        output.setEditable(false);
        output.setWrapText(true);
        model.transcript().addListener((ListChangeListener<TerminalLine>) change -> follow(change));
        model.transcript().forEach(this::append);

        input.setId("terminal-input");
        input.setPromptText(messages.get("terminal.inputPrompt"));
        input.textProperty().bindBidirectional(model.inputProperty());
        input.disableProperty().bind(model.runningProperty());
        input.setOnAction(e -> model.submit());
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(e, model));
        model.inputReplacedProperty().addListener((o, was, now) -> input.end());
        HBox.setHgrow(input, Priority.ALWAYS);
        Label prompt = new Label("tiro ›");
        prompt.getStyleClass().add(PROMPT);
        HBox inputRow = new HBox(8, prompt, input);
        inputRow.getStyleClass().add("tiro-terminal-input-row");

        setCenter(new VirtualizedScrollPane<>(output));
        setBottom(inputRow);
        model.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                input.requestFocus();
            }
        });
    }

    /** Puts the keyboard focus in the prompt once the tab selection that asks for it has settled. */
    void focusInput() {
        Nodes.focusSoon(input);
    }

    private static final KeyCombination CLEAR = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private void keys(KeyEvent e, TerminalViewModel model) {
        if (e.getCode() == KeyCode.UP) {
            model.historyPrevious();
        } else if (e.getCode() == KeyCode.DOWN) {
            model.historyNext();
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            model.complete();
        } else if (CLEAR.match(e)) {
            model.clear();
        } else {
            return;
        }
        e.consume();
    }

    private void follow(ListChangeListener.Change<? extends TerminalLine> change) {
        boolean onlyAdded = true;
        while (change.next()) {
            onlyAdded &= change.wasAdded() && !change.wasRemoved() && change.getFrom() > 0;
        }
        change.reset();
        if (!onlyAdded) {
            output.clear();
            change.getList().forEach(this::append);
        } else {
            while (change.next()) {
                List<? extends TerminalLine> added = change.getAddedSubList();
                added.forEach(this::append);
            }
        }
        output.showParagraphAtBottom(output.getParagraphs().size() - 1);
    }

    private void append(TerminalLine line) {
        String text = switch (line.kind()) {
            case COMMAND -> "tiro › " + line.text();
            default -> line.text();
        };
        output.append(text + "\n", "tiro-terminal-" + line.kind().name().toLowerCase(Locale.ROOT));
    }
}

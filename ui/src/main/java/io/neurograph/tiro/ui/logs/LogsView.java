package io.neurograph.tiro.ui.logs;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.DisplayConverter;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Resources;
import io.neurograph.tiro.ui.support.TabShortcuts;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * Level filter, search (Ctrl+F), pause and copy (Ctrl+C, or everything shown) over the live log. Both keys work
 * anywhere in the window while the tab shows ({@link TabShortcuts}); in the search field Ctrl+C copies its text.
 */
final class LogsView extends BorderPane {
    static final String STYLESHEET = "tiro-logs.css";
    static final String ERROR = "tiro-log-error";
    static final String WARNING = "tiro-log-warning";
    static final String DEBUG = "tiro-log-debug";
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final LogsViewModel model;
    private final Messages messages;
    private final ListView<LogEntry> list;
    private final TabShortcuts shortcuts;

    LogsView(LogsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStylesheets().add(Resources.stylesheet(STYLESHEET));

        list = new ListView<>(model.visible());
        list.setId("logs-list");
        list.getStyleClass().add(Styles.DENSE);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new EntryCell());
        Label placeholder = new Label();
        placeholder.setId("logs-placeholder");
        placeholder.textProperty().bind(model.searchProperty().map(text -> text.isBlank()
                ? messages.get("logs.empty") : messages.format("logs.noMatch", text)));
        list.setPlaceholder(placeholder);
        model.visible().addListener((ListChangeListener<LogEntry>) c -> followTail());

        TextField search = new TextField();
        search.setId("logs-search");
        search.setPromptText(messages.get("logs.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(24);

        setTop(new ToolBar(levelChoice(), search, pauseButton(), copyAllButton(), heldBackLabel()));
        setCenter(list);
        shortcuts = TabShortcuts.of(this).on(FIND, () -> {
            search.requestFocus();
            search.selectAll();
        }).outsideText(COPY, () -> copy(list.getSelectionModel().getSelectedItems()));
    }

    /** Stops the window-wide shortcuts. */
    void close() {
        shortcuts.close();
    }

    /** Keeps the newest line in view unless the user scrolled back by selecting an older one. */
    private void followTail() {
        if (!model.pausedProperty().get() && list.getSelectionModel().isEmpty() && !model.visible().isEmpty()) {
            list.scrollTo(model.visible().size() - 1);
        }
    }

    private ComboBox<LogLevel> levelChoice() {
        ComboBox<LogLevel> level = new ComboBox<>();
        level.setId("logs-level");
        level.getItems().setAll(LogLevel.values());
        level.setConverter(DisplayConverter.of((LogLevel l) -> messages.get(l.labelKey())));
        level.valueProperty().bindBidirectional(model.levelProperty());
        return level;
    }

    private ToggleButton pauseButton() {
        ToggleButton pause = new ToggleButton(messages.get("logs.pause"));
        pause.setId("logs-pause");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        return pause;
    }

    private Button copyAllButton() {
        Button copyAll = new Button(messages.get("logs.copyAll"));
        copyAll.setId("logs-copy-all");
        copyAll.setOnAction(e -> copy(model.visible()));
        return copyAll;
    }

    private Label heldBackLabel() {
        Label held = new Label();
        held.setId("logs-held-back");
        held.getStyleClass().add(Styles.TEXT_MUTED);
        held.textProperty().bind(model.heldBackProperty().map(n -> n.intValue() == 0 ? ""
                : messages.format("logs.heldBack", n)));
        return held;
    }

    private void copy(List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(model.text(List.copyOf(entries)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** One entry per line, coloured by level through the theme's variables (see tiro-logs.css). */
    private final class EntryCell extends ListCell<LogEntry> {
        @Override
        protected void updateItem(LogEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(ERROR, WARNING, DEBUG);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.clock() + "  " + messages.get(item.level().labelKey()) + "  " + item.source() + "  "
                    + item.message());
            switch (item.level()) {
                case ERROR -> getStyleClass().add(ERROR);
                case WARNING -> getStyleClass().add(WARNING);
                case DEBUG -> getStyleClass().add(DEBUG);
                case INFO -> {
                }
            }
        }
    }
}

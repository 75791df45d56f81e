package io.neurograph.tiro.ui.chat;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Nodes;
import io.neurograph.tiro.ui.support.Resources;
import io.neurograph.tiro.ui.support.TabShortcuts;
import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Chat tab: conversations on the left (Ctrl+N for a new one, anywhere in the window while the tab shows), the
 * selected conversation's questions and answers on the right, the question field at the bottom (Enter asks).
 */
public final class ChatView extends SplitPane {
    static final String STYLE = "tiro-chat";
    static final String TURN = "tiro-chat-turn";
    static final String HIT = "tiro-chat-hit";
    private static final double SCORE_TIP_WIDTH = 420;
    static final String NOTICE = "tiro-chat-notice";
    static final String SIDE = "tiro-chat-side";
    static final String THUMB_UP = "tiro-chat-thumb-up";
    static final String THUMB_DOWN = "tiro-chat-thumb-down";
    static final String SHOW_IN_GRAPH = "tiro-chat-show-in-graph";
    static final String EXPLAIN = "tiro-chat-explain";

    private final ChatViewModel model;
    private final Messages messages;
    private final VBox turns = new VBox(16);
    private final TabShortcuts shortcuts;
    private final TextField question = new TextField();

    public ChatView(ChatViewModel model) {
        this.model = model;
        this.messages = model.messages();
        setId("chat-view");
        getStyleClass().add(STYLE);
        getStylesheets().add(Resources.stylesheet("chat-tab.css"));
        getItems().addAll(conversationList(), conversationPane());
        setDividerPositions(0.24);
        model.selectedProperty().addListener((obs, was, now) -> showTurns());
        shortcuts = TabShortcuts.of(this).on(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                this::newConversation);
    }

    /**
     * Puts the keyboard focus in the question field, so typing goes there. Deferred: selecting a tab (by its
     * header or the menu) shows the content and focuses the tab header after this view hears of it.
     */
    void focusQuestion() {
        Nodes.focusSoon(question);
    }

    private void newConversation() {
        model.newConversation();
        focusQuestion();
    }

    /** Stops the window-wide shortcut. */
    void close() {
        shortcuts.close();
    }

    private VBox conversationList() {
        Button create = new Button(messages.get("chat.new"));
        create.setId("chat-new");
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(e -> newConversation());
        ListView<Conversation> list = new ListView<>(model.conversations());
        list.setId("chat-conversations");
        list.setPlaceholder(new Label(messages.get("chat.none")));
        list.setCellFactory(view -> new ConversationCell());
        model.selectedProperty().addListener((obs, was, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, create, list);
        box.getStyleClass().add(SIDE);
        return box;
    }

    private final class ConversationCell extends ListCell<Conversation> {
        @Override
        protected void updateItem(Conversation c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setContextMenu(null);
                return;
            }
            setText(c.title().isEmpty() ? messages.get("chat.untitled") : c.title());
            MenuItem delete = new MenuItem(messages.get("chat.delete"));
            delete.setOnAction(e -> model.delete(c));
            setContextMenu(new ContextMenu(delete));
        }
    }

    private BorderPane conversationPane() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().title(), model.selectedProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button markdown = exportButton("chat-export-markdown", messages.get("chat.export.markdown"), "*.md",
                model::exportMarkdown);
        Button json = exportButton("chat-export-json", messages.get("chat.export.json"), "*.json", model::exportJson);
        Button delete = new Button(messages.get("chat.delete"));
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> model.delete(model.selectedProperty().get()));
        delete.disableProperty().bind(model.selectedProperty().isNull());
        HBox header = new HBox(8, title, grow, markdown, json, delete);
        header.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(turns);
        scroll.setFitToWidth(true);
        turns.setId("chat-turns");
        turns.heightProperty().addListener((obs, was, now) -> scroll.setVvalue(1.0));
        StackPane center = new StackPane(scroll, loadingNotice(), emptyNotice());

        TextField field = question;
        field.setId("chat-question");
        field.setPromptText(messages.get("chat.prompt"));
        field.textProperty().bindBidirectional(model.questionProperty());
        field.setOnAction(e -> model.ask());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button ask = new Button(messages.get("chat.ask"));
        ask.setId("chat-ask");
        ask.getStyleClass().add(Styles.ACCENT);
        ask.disableProperty().bind(model.askingProperty());
        ask.setOnAction(e -> model.ask());
        HBox input = new HBox(8, field, ask);

        BorderPane pane = new BorderPane(center, header, null, input, null);
        pane.getStyleClass().add(STYLE + "-main");
        return pane;
    }

    private Button exportButton(String id, String text, String pattern, BiConsumer<Conversation, Path> export) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(model.selectedProperty().isNull());
        button.setOnAction(e -> {
            Conversation c = model.selectedProperty().get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
            chooser.setInitialFileName(c.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + pattern.substring(1));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                export.accept(c, file.toPath());
            }
        });
        return button;
    }

    private Node loadingNotice() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(32, 32);
        VBox notice = new VBox(8, spinner, new Label(messages.get("chat.loading")));
        notice.setId("chat-loading");
        notice.setAlignment(Pos.CENTER);
        notice.getStyleClass().add(NOTICE);
        notice.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        notice.visibleProperty().bind(model.stateProperty().isEqualTo(ChatViewModel.SpaceState.LOADING));
        return notice;
    }

    private Node emptyNotice() {
        Label text = new Label(messages.get("chat.nothingBootstrapped"));
        text.setWrapText(true);
        Button open = new Button(messages.get("chat.openBootstrap"));
        open.setId("chat-open-bootstrap");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> model.openBootstrap());
        VBox notice = new VBox(8, text, open);
        notice.setId("chat-nothing-bootstrapped");
        notice.setAlignment(Pos.CENTER);
        notice.getStyleClass().add(NOTICE);
        notice.setMaxSize(420, Region.USE_PREF_SIZE);
        notice.visibleProperty().bind(model.stateProperty().isEqualTo(ChatViewModel.SpaceState.NOTHING_BOOTSTRAPPED));
        return notice;
    }

    private void showTurns() {
        turns.getChildren().clear();
        Conversation c = model.selectedProperty().get();
        if (c != null) {
            c.turns().forEach(t -> turns.getChildren().add(turn(t)));
        }
    }

    private VBox turn(ChatTurn t) {
        Label question = new Label(t.question());
        question.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TITLE_4);
        VBox box = new VBox(6, question);
        box.getStyleClass().add(TURN);
        if (!t.unknownWords().isEmpty()) {
            Label unknown = new Label(messages.format("chat.unknownWords", String.join(", ", t.unknownWords())));
            unknown.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(unknown);
        }
        if (t.hits().isEmpty()) {
            box.getChildren().add(new Label(messages.get("chat.noHits")));
        }
        t.hits().forEach(h -> box.getChildren().add(hit(t, h)));
        return box;
    }

    private VBox hit(ChatTurn t, ChatHit h) {
        Label label = new Label(h.rank() + ". " + h.label());
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(160);
        Label score = new Label(messages.format("chat.hit.score", h.score()));
        score.getStyleClass().add(Styles.TEXT_MUTED);
        Tooltip why = new Tooltip(messages.format("chat.hit.score.tip", h.similarity(), h.activation()));
        why.setWrapText(true);
        why.setMaxWidth(SCORE_TIP_WIDTH);
        score.setTooltip(why);   // a score above 1 is no error: activation adds to the similarity
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button up = verdictButton("✓", messages.get("chat.hit.right"), THUMB_UP, "positive".equals(h.verdict()),
                Styles.SUCCESS, () -> model.feedback(t, h, true));
        Button down = verdictButton("✗", messages.get("chat.hit.wrong"), THUMB_DOWN, "negative".equals(h.verdict()),
                Styles.DANGER, () -> model.feedback(t, h, false));
        ToggleButton explain = new ToggleButton(messages.get("chat.hit.explain"));
        explain.getStyleClass().addAll(EXPLAIN, Styles.SMALL);
        Button graph = new Button(messages.get("chat.hit.showInGraph"));
        graph.getStyleClass().addAll(SHOW_IN_GRAPH, Styles.SMALL);
        graph.setOnAction(e -> model.showInGraph(h));
        HBox row = new HBox(8, label, score, grow, up, down, explain, graph);
        row.setAlignment(Pos.CENTER_LEFT);

        Label explanation = new Label(ConversationExport.explanation(h, messages));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        explanation.visibleProperty().bind(explain.selectedProperty());
        explanation.managedProperty().bind(explanation.visibleProperty());
        VBox box = new VBox(2, row, explanation);
        box.getStyleClass().add(HIT);
        return box;
    }

    private static Button verdictButton(String text, String tip, String styleClass, boolean given, String givenStyle,
            Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().addAll(styleClass, Styles.SMALL, Styles.BUTTON_OUTLINED);
        if (given) {
            button.getStyleClass().add(givenStyle);
        }
        button.setOnAction(e -> action.run());
        return button;
    }
}

package io.neurograph.tiro.ui.bootstrap;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.TabShortcuts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Bootstrap tab's drop zone. A drag of one embedding file or model is accepted (copy only) and the file
 * handed to the view-model when dropped; anything else is refused, and the hint says why while it hovers.
 * From the keyboard the zone is a focus stop where Enter or Space open the file chooser, and Ctrl+O opens it
 * from anywhere in the window while the zone shows ({@link TabShortcuts}).
 */
final class DropZone extends VBox {
    static final String STYLE = "tiro-bootstrap-drop-zone";
    static final String HINT = "tiro-bootstrap-drop-hint";
    static final KeyCombination CHOOSE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");
    static final PseudoClass DRAG_REFUSED = PseudoClass.getPseudoClass("drag-refused");

    private final BootstrapViewModel model;
    private final Label hint;
    private final String idleHint;
    private final TabShortcuts shortcuts;
    /** Why the drag now over the zone is refused (empty while none is, or it is taken); judged as it enters. */
    private Optional<String> refusal = Optional.empty();

    DropZone(BootstrapViewModel model, Runnable choose) {
        super(8);
        this.model = model;
        Messages messages = model.messages();
        idleHint = messages.get("bootstrap.drop.hint");
        hint = new Label(idleHint);
        hint.getStyleClass().addAll(Styles.TITLE_4, HINT);
        hint.setWrapText(true);
        String keys = messages.format("bootstrap.drop.choose.tip", CHOOSE.getDisplayText());
        Button chooseButton = new Button(messages.get("bootstrap.drop.choose"));
        chooseButton.setId("bootstrap-choose");
        chooseButton.setTooltip(new Tooltip(keys));
        chooseButton.setOnAction(e -> choose.run());
        Button vocabulary = new Button(messages.get("bootstrap.drop.defaultVocabulary"));
        vocabulary.setId("bootstrap-default-vocabulary");
        vocabulary.setTooltip(new Tooltip(messages.get("bootstrap.drop.defaultVocabulary.tip")));
        vocabulary.disableProperty().bind(model.bootstrapRunningProperty());
        vocabulary.setOnAction(e -> model.startDefaultVocabulary());
        Label sniffing = new Label(messages.get("bootstrap.drop.sniffing"));
        sniffing.getStyleClass().add(Styles.TEXT_MUTED);
        sniffing.visibleProperty().bind(model.sniffingProperty());
        HBox buttons = new HBox(8, chooseButton, vocabulary);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(hint, buttons, sniffing);
        setId("bootstrap-drop-zone");
        setAlignment(Pos.CENTER);
        getStyleClass().add(STYLE);

        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(idleHint);
        setAccessibleHelp(keys);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // only on the zone itself: Enter on one of its buttons belongs to the button (or the default button)
            if (e.getTarget() == this && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)) {
                choose.run();
                e.consume();
            }
        });
        shortcuts = TabShortcuts.of(this).on(CHOOSE, choose);

        setOnDragEntered(this::entered);
        setOnDragOver(e -> {
            if (refusal.isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);   // a file manager offers move too: the source stays put
            }
            e.consume();
        });
        setOnDragExited(e -> idle());
        setOnDragDropped(e -> {
            List<Path> files = droppedFiles(e);
            boolean taken = model.refusal(files).isEmpty();
            e.setDropCompleted(taken);
            e.consume();
            if (taken) {
                model.accept(files.getFirst());
            }
        });
    }

    /** Stops the window-wide shortcut. */
    void close() {
        shortcuts.close();
    }

    private void entered(DragEvent e) {
        refusal = model.refusal(droppedFiles(e));
        pseudoClassStateChanged(DRAG_OVER, refusal.isEmpty());
        pseudoClassStateChanged(DRAG_REFUSED, refusal.isPresent());
        hint.setText(refusal.orElse(idleHint));
    }

    private void idle() {
        refusal = Optional.empty();
        pseudoClassStateChanged(DRAG_OVER, false);
        pseudoClassStateChanged(DRAG_REFUSED, false);
        hint.setText(idleHint);
    }

    private static List<Path> droppedFiles(DragEvent e) {
        return e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
    }
}

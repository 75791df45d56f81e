package io.neurograph.tiro.ui.cdna;

import atlantafx.base.theme.Styles;
import io.neurograph.engine.cdna.ProfileId;
import io.neurograph.tiro.ui.support.DisplayConverter;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Resources;
import io.neurograph.tiro.ui.support.TabShortcuts;
import java.io.File;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * The CDNA tab: a toolbar (profiles, undo, import/export, trial, apply), the draft editor on the left and the
 * diff, history, trial and raw JSON on the right. Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo edits,
 * Ctrl+Enter applies, from anywhere in the window while the tab shows ({@link TabShortcuts}); in a spinner's
 * text the undo and redo keys are the text's own.
 */
final class CdnaView extends BorderPane {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final CdnaViewModel model;
    private final Messages messages;
    private final TabShortcuts shortcuts;

    CdnaView(CdnaViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add(CdnaStyles.VIEW);
        getStylesheets().add(Resources.stylesheet(CdnaStyles.STYLESHEET));

        ScrollPane editor = new ScrollPane(new DraftEditorView(model, messages));
        editor.setFitToWidth(true);
        TabPane side = new TabPane(tab("cdna.tab.diff", new DiffView(model, messages)),
                tab("cdna.tab.history", new HistoryView(model, messages)),
                tab("cdna.tab.trial", new TrialView(model, messages)),
                tab("cdna.tab.raw", new RawJsonView(model.rawJsonProperty())));
        side.setId("cdna-side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(editor, side);
        split.setDividerPositions(0.55);

        setTop(toolbar());
        setCenter(split);
        shortcuts = TabShortcuts.of(this).outsideText(REDO, model::redo).outsideText(REDO_Y, model::redo)
                .outsideText(UNDO, model::undo).on(APPLY, model::apply);
    }

    /** Stops the window-wide shortcuts. */
    void close() {
        shortcuts.close();
    }

    private ToolBar toolbar() {
        ComboBox<ProfileId> profile = new ComboBox<>();
        profile.setId("cdna-profile");
        profile.getItems().setAll(Profiles.PRESETS);
        profile.setValue(ProfileId.DEFAULT);
        profile.setConverter(DisplayConverter.of((ProfileId p) -> messages.get(Profiles.labelKey(p))));
        Button load = button("cdna.action.loadProfile", "cdna-load-profile", () -> model.loadProfile(profile.getValue()));
        load.setTooltip(new Tooltip(messages.get("cdna.action.loadProfile.hint")));
        Button undo = button("cdna.action.undo", "cdna-undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("cdna.action.redo", "cdna-redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button discard = button("cdna.action.discard", "cdna-discard", model::discard);
        discard.disableProperty().bind(model.planProperty().isNull());
        Button importJson = button("cdna.action.import", "cdna-import", this::chooseImport);
        Button exportJson = button("cdna.action.export", "cdna-export", this::chooseExport);
        importJson.disableProperty().bind(model.busyProperty().or(model.trialProperty().isNotNull()));
        exportJson.disableProperty().bind(model.busyProperty());

        Label plan = new Label();
        plan.setId("cdna-plan");
        plan.getStyleClass().add(Styles.TEXT_MUTED);
        model.planProperty().subscribe(p -> plan.setText(planText(p)));
        Button trial = button("cdna.action.trial", "cdna-trial", model::startTrial);
        trial.disableProperty().bind(model.canTrial().not());
        Button apply = button("cdna.action.apply", "cdna-apply", model::apply);
        // a toolbar draws its buttons flat, where the accent fill is lost; accent-coloured text keeps Apply distinct
        apply.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.ACCENT);
        apply.disableProperty().bind(model.canApply().not());
        apply.setTooltip(new Tooltip(messages.get("cdna.action.apply.hint")));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(new Label(messages.get("cdna.profile")), profile, load, new Separator(Orientation.VERTICAL),
                undo, redo, discard, new Separator(Orientation.VERTICAL), importJson, exportJson, spacer, plan, trial,
                apply);
    }

    private String planText(ApplyPlan plan) {
        if (plan == null) {
            return messages.get("cdna.plan.none");
        }
        return switch (plan.kind()) {
            case SCALES -> messages.get("cdna.plan.scales");
            case PROFILE -> messages.format("cdna.plan.profile", messages.get(Profiles.labelKey(plan.draft().profile())));
            case FILE -> messages.get("cdna.plan.file");
        };
    }

    private void chooseImport() {
        File file = chooser("cdna.import.title").showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.importFrom(file.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = chooser("cdna.export.title");
        chooser.setInitialFileName("cdna-export.json");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("cdna.json.files"), "*.json"));
        return chooser;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(key.replace('.', '-'));
        return tab;
    }
}

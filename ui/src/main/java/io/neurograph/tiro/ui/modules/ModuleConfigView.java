package io.neurograph.tiro.ui.modules;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.neurograph.tiro.ui.support.Messages;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The settings of the selected part: a field per setting with what it takes, its default and a reset, the problems
 * of the edited values (each naming its setting), Apply and Revert; for a part without settings, why.
 */
final class ModuleConfigView extends VBox {
    static final String STYLESHEET = "modules-view.css";
    private static final String VIEW = "modules-settings";
    private static final String NAME = "modules-setting-name";
    private static final String KEY = "modules-setting-key";
    private static final String PROBLEMS = "modules-settings-problems";
    private static final PseudoClass EDITED = PseudoClass.getPseudoClass("edited");

    private final ModuleConfigViewModel model;
    private final Messages messages;
    private final GridPane form = new GridPane();

    ModuleConfigView(ModuleConfigViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add(VIEW);

        Label pick = muted(new Label(messages.get("modules.settings.pick")));
        pick.setId("modules-config-pick");
        Label reason = new Label();
        reason.setId("modules-config-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(model.reasonProperty());

        form.setId("modules-settings-form");
        form.getColumnConstraints().addAll(column(220, 380), column(130, 140), column(180, 230),
                column(USE_PREF_SIZE, USE_COMPUTED_SIZE));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        // as tall as the settings when there is room, so that Apply and Revert stay right under them (the form's
        // preferred height, not its height: the scroll pane stretches the form to its own height)
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> form.prefHeight(form.getWidth()),
                form.widthProperty(), form.needsLayoutProperty()));
        scroll.setMaxHeight(USE_PREF_SIZE);
        VBox.setVgrow(scroll, Priority.SOMETIMES);

        Label problems = new Label();
        problems.setId("modules-config-problems");
        problems.getStyleClass().add(PROBLEMS);
        problems.setWrapText(true);
        problems.textProperty().bind(model.problemsProperty());
        problems.visibleProperty().bind(model.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        Button apply = new Button(messages.get("modules.settings.apply"));
        apply.setId("modules-config-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(e -> model.apply());
        Button revert = new Button(messages.get("modules.settings.revert"));
        revert.setId("modules-config-revert");
        revert.disableProperty().bind(model.canRevertProperty().not());
        revert.setOnAction(e -> model.revert());
        Label live = muted(new Label(messages.get("modules.settings.live")));
        HBox buttons = new HBox(8, apply, revert, live);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox settings = new VBox(10, scroll, problems, buttons);
        VBox.setVgrow(settings, Priority.ALWAYS);

        setPadding(new Insets(10, 12, 10, 12));
        Runnable show = () -> {
            if (model.selectedProperty().get() == null) {
                getChildren().setAll(pick);
            } else if (model.reasonProperty().get() != null) {
                getChildren().setAll(reason);
            } else {
                getChildren().setAll(settings);
            }
        };
        show.run();   // subscribe(Runnable) runs on changes only: without this the pane starts empty
        model.selectedProperty().subscribe(show);
        model.reasonProperty().subscribe(show);
        model.fields().subscribe(this::buildForm);
    }

    private void buildForm() {
        form.getChildren().clear();
        int row = 0;
        for (SettingField field : model.fields()) {
            Label name = new Label(field.name());
            name.getStyleClass().add(NAME);
            name.setMinWidth(USE_PREF_SIZE);  // when narrow, the key gives way
            Label key = new Label(field.key());
            key.getStyleClass().addAll(KEY, Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label about = wrapped(muted(new Label(field.about())));
            field.editedProperty().subscribe(edited -> name.pseudoClassStateChanged(EDITED, edited));

            TextField text = new TextField();
            text.setId("modules-setting-" + field.key());
            text.textProperty().bindBidirectional(field.textProperty());
            text.setTooltip(new Tooltip(field.range()));
            text.setOnAction(e -> model.apply());  // Enter; not a default button, which would take Enter in every tab
            field.problemProperty().subscribe(p -> text.pseudoClassStateChanged(Styles.STATE_DANGER, p != null));

            Label range = wrapped(muted(new Label(field.range())));
            Label defaultValue = muted(new Label(field.defaultText()));

            Button reset = new Button(messages.get("modules.settings.reset"));
            reset.setId("modules-setting-reset-" + field.key());
            reset.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            reset.setMinWidth(USE_PREF_SIZE);
            reset.disableProperty().bind(field.atDefaultProperty());
            reset.setOnAction(e -> field.resetToDefault());

            form.addRow(row++, new VBox(2, new HBox(8, name, key), about), text, new VBox(2, range, defaultValue),
                    reset);
        }
    }

    private static ColumnConstraints column(double minWidth, double prefWidth) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(minWidth);
        c.setPrefWidth(prefWidth);
        c.setHgrow(Priority.SOMETIMES);
        return c;
    }

    /** A label that wraps and is as tall as its lines (a grid row would otherwise cut the last one). */
    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        return label;
    }

    private static Label muted(Label label) {
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }
}

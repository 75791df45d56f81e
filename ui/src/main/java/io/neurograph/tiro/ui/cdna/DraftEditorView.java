package io.neurograph.tiro.ui.cdna;

import atlantafx.base.theme.Styles;
import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaValidation.Issue;
import io.neurograph.engine.cdna.Severity;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.tiro.ui.support.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left side of the CDNA tab: eight scales (slider, spinner, zone), degree limits, flags and the issues. */
final class DraftEditorView extends VBox {
    private static final double SCALE_STEP = 0.1;

    private final CdnaViewModel model;
    private final Messages messages;
    /** True while the controls are set from the draft, so that they do not echo it back as an edit. */
    private boolean syncing;

    DraftEditorView(CdnaViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        GridPane scales = new GridPane();
        scales.getStyleClass().add(CdnaStyles.SECTION);
        scales.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints(),
                new ColumnConstraints());
        for (int d = 0; d < CoordinateSpace.COUNT; d++) {
            addScaleRow(scales, d);
        }
        getChildren().addAll(heading("cdna.section.scales"), scales, heading("cdna.section.limits"), limits(),
                heading("cdna.section.flags"), flags(), heading("cdna.section.validation"), issues());
        setSpacing(8);
        setPadding(new Insets(12));
    }

    private void addScaleRow(GridPane grid, int d) {
        CoordinateSpace space = CoordinateSpace.of(d);
        float max = Cdna.maxScale(d);
        Label name = new Label(SpaceNames.label(space, messages));

        Slider slider = new Slider(0, max, 1);
        slider.setId("cdna-scale-slider-" + d);
        slider.setBlockIncrement(SCALE_STEP);
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, max, 1, SCALE_STEP));
        spinner.setId("cdna-scale-spinner-" + d);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        Label zone = new Label();
        zone.getStyleClass().addAll(CdnaStyles.ZONE_LABEL, Styles.TEXT_SMALL);
        zone.setMinWidth(Region.USE_PREF_SIZE);

        // The slider reports while dragging but edits the draft once, on release: one undo step per gesture.
        slider.valueProperty().addListener((o, was, now) -> {
            if (!syncing && !slider.isValueChanging()) {
                model.setScale(d, round(now.doubleValue()));
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                model.setScale(d, round(slider.getValue()));
            }
        });
        spinner.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.setScale(d, now);
            }
        });
        model.draftProperty().subscribe(c -> sync(() -> {
            if (!slider.isValueChanging()) {
                slider.setValue(c.dimensionScale(d));
                spinner.getValueFactory().setValue((double) c.dimensionScale(d));
            }
        }));
        model.zoneProperty(d).subscribe(severity -> showZone(severity, zone, spinner));

        VBox track = new VBox(2, slider, zoneBar(slider, d, max));
        Tooltip.install(track, new Tooltip(messages.format("cdna.scale.zones", Cdna.cautionScale(d),
                Cdna.dangerScale(d), max)));
        grid.addRow(d, name, track, spinner, zone);
    }

    /**
     * Safe, caution and danger stretches under the slider, sized by the engine's own zone bounds
     * ({@link Cdna#cautionScale}, {@link Cdna#dangerScale}) so that they line up with the validator.
     */
    private static HBox zoneBar(Slider slider, int d, float max) {
        Region safe = zonePart(CdnaStyles.ZONE_SAFE);
        Region caution = zonePart(CdnaStyles.ZONE_CAUTION);
        Region danger = zonePart(CdnaStyles.ZONE_DANGER);
        safe.prefWidthProperty().bind(slider.widthProperty().multiply(Cdna.cautionScale(d) / max));
        caution.prefWidthProperty().bind(slider.widthProperty().multiply((Cdna.dangerScale(d) - Cdna.cautionScale(d)) / max));
        HBox.setHgrow(danger, Priority.ALWAYS);
        HBox bar = new HBox(safe, caution, danger);
        bar.getStyleClass().add(CdnaStyles.ZONE_BAR);
        return bar;
    }

    private static Region zonePart(String styleClass) {
        Region part = new Region();
        part.getStyleClass().add(styleClass);
        part.setMinWidth(0);
        return part;
    }

    private void showZone(Severity severity, Label zone, Spinner<Double> spinner) {
        zone.setText(severity == null ? "" : messages.get(severityKey(severity)));
        showSeverity(zone, severity);
        spinner.pseudoClassStateChanged(Styles.STATE_WARNING, severity == Severity.CAUTION || severity == Severity.DANGER);
        spinner.pseudoClassStateChanged(Styles.STATE_DANGER, severity == Severity.ERROR);
    }

    private GridPane limits() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(CdnaStyles.SECTION);
        int row = 0;
        for (CdnaLimit limit : CdnaLimit.values()) {
            Spinner<Integer> spinner = new Spinner<>(0, CdnaLimit.EDITOR_MAX, 0, 100);
            spinner.setId("cdna-limit-" + limit.ordinal());
            spinner.setEditable(true);
            spinner.valueProperty().addListener((o, was, now) -> {
                if (!syncing) {
                    model.setLimit(limit, now);
                }
            });
            model.draftProperty().subscribe(c -> sync(() ->
                    spinner.getValueFactory().setValue((int) Math.min(limit.of(c), CdnaLimit.EDITOR_MAX))));
            grid.addRow(row++, new Label(messages.get(limit.labelKey())), spinner);
        }
        return grid;
    }

    private FlowPane flags() {
        FlowPane pane = new FlowPane(16, 8);
        for (CdnaFlag flag : CdnaFlag.values()) {
            CheckBox box = new CheckBox(messages.get(flag.labelKey()));
            box.setId("cdna-flag-" + flag.ordinal());
            box.selectedProperty().addListener((o, was, on) -> {
                if (!syncing) {
                    model.setFlag(flag, on);
                }
            });
            model.draftProperty().subscribe(c -> sync(() -> box.setSelected(c.hasFlag(flag.bit()))));
            pane.getChildren().add(box);
        }
        return pane;
    }

    private ListView<Issue> issues() {
        ListView<Issue> list = new ListView<>(model.issues());
        list.setId("cdna-issues");
        list.getStyleClass().addAll(CdnaStyles.ISSUES, Styles.DENSE);
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(messages.get("cdna.validation.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Issue issue, boolean empty) {
                super.updateItem(issue, empty);
                Severity s = empty || issue == null ? null : issue.severity();
                setText(s == null ? null : messages.get(severityKey(s)) + " — " + issue.message());
                setWrapText(true);
                showSeverity(this, s);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private void sync(Runnable update) {
        if (model.draftProperty().get() == null) {
            return;
        }
        syncing = true;
        try {
            update.run();
        } finally {
            syncing = false;
        }
    }

    private static void showSeverity(Node node, Severity severity) {
        node.pseudoClassStateChanged(CdnaStyles.CAUTION, severity == Severity.CAUTION);
        node.pseudoClassStateChanged(CdnaStyles.DANGER, severity == Severity.DANGER);
        node.pseudoClassStateChanged(CdnaStyles.ERROR, severity == Severity.ERROR);
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(160);
        return c;
    }

    /** Rounds slider positions to the spinner's precision so that a drag does not store 7.348211. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String severityKey(Severity severity) {
        return switch (severity) {
            case ERROR -> "cdna.severity.error";
            case DANGER -> "cdna.severity.danger";
            case CAUTION -> "cdna.severity.caution";
        };
    }

}

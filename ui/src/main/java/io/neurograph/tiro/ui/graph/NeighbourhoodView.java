package io.neurograph.tiro.ui.graph;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Resources;
import io.neurograph.tiro.ui.support.TabShortcuts;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;

/**
 * The neighbourhood view: search bar and actions on top, filters below them, the SmartGraph drawing with the
 * details of the selected token or connection beside it, and a status line. Ctrl+F, undo and redo work anywhere
 * in the window while the view shows ({@link TabShortcuts}); E and C act on the selected token when the focus is
 * in the view.
 */
public final class NeighbourhoodView extends BorderPane {
    static final String TOOLBAR = "tiro-graph-toolbar";
    static final String FILTERS = "tiro-graph-filters";
    static final String SEARCH = "tiro-graph-search";
    static final String DETAILS = "tiro-graph-details";
    static final String STATUS = "tiro-graph-status";
    static final String LEGEND = "tiro-graph-legend";
    static final String SWATCH = "tiro-graph-swatch";
    static final String FOOTER = "tiro-graph-footer";
    static final String DETAIL_VALUE = "tiro-graph-detail-value";
    static final String STYLESHEET = "graph-tab.css";
    /** Wide enough for an ISO timestamp and a coordinate triple in the details table at the default window size. */
    private static final double DETAILS_DIVIDER = 0.64;

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPAND = new KeyCodeCombination(KeyCode.E);
    private static final KeyCombination COLLAPSE = new KeyCodeCombination(KeyCode.C);

    private final NeighbourhoodViewModel model;
    private final Messages messages;
    private final GraphCanvas canvas;
    private final TextField search = new TextField();
    private final TabShortcuts shortcuts;

    public NeighbourhoodView(NeighbourhoodViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.canvas = new GraphCanvas(model::selectNode, model::selectEdge, model::expand);
        getStylesheets().add(Resources.stylesheet(STYLESHEET));
        setId("graph-neighbourhood");

        setTop(new VBox(toolbar(), filters()));
        SplitPane split = new SplitPane(canvas.node(), details());
        split.setDividerPositions(DETAILS_DIVIDER);
        setCenter(split);
        Label status = new Label();
        status.setId("graph-status");
        status.getStyleClass().add(STATUS);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox footer = new HBox(status, energyLegend());
        footer.getStyleClass().add(FOOTER);
        setBottom(footer);

        model.snapshotProperty().addListener((obs, was, now) -> canvas.show(now));
        model.selectedNodeProperty().addListener((obs, was, now) -> canvas.select(now, model.selectedEdgeProperty().get()));
        model.selectedEdgeProperty().addListener((obs, was, now) -> canvas.select(model.selectedNodeProperty().get(), now));
        canvas.show(model.snapshotProperty().get());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // in the search field, undo and redo keys are the field's own
        shortcuts = TabShortcuts.of(this).on(FIND, this::focusSearch)
                .outsideText(REDO, model::redo).outsideText(REDO_Y, model::redo).outsideText(UNDO, model::undo);
    }

    /** Stops the window-wide shortcuts. */
    void close() {
        shortcuts.close();
    }

    /** Moves the keyboard focus to the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Tokens the view model shows; for tests, with {@link #drawnNodeCount()}: the two must not drift apart. */
    int snapshotNodeCount() {
        return model.snapshotProperty().get().nodes().size();
    }

    int drawnNodeCount() {
        return canvas.drawnNodeCount();
    }

    private FlowPane toolbar() {
        search.setId("graph-search");
        search.getStyleClass().add(SEARCH);
        search.setPromptText(messages.get("graph.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(e -> model.search());
        Button show = button("graph-show", messages.get("graph.search.show"), model::search);
        show.getStyleClass().add(Styles.ACCENT);

        Button expand = nodeAction("graph-expand", "graph.action.expand", "graph.action.expand.tip", model::expandSelected);
        Button collapse = nodeAction("graph-collapse", "graph.action.collapse", "graph.action.collapse.tip",
                model::collapseSelected);
        Button undo = button("graph-undo", "↶", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setTooltip(tooltip(Bindings.createStringBinding(
                () -> messages.format("graph.action.undo.tip", model.undoDescriptionProperty().get()),
                model.undoDescriptionProperty())));
        Button redo = button("graph-redo", "↷", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setTooltip(tooltip(Bindings.createStringBinding(
                () -> messages.format("graph.action.redo.tip", model.redoDescriptionProperty().get()),
                model.redoDescriptionProperty())));

        Button path = nodeAction("graph-find-path", "graph.action.findPath", null, this::askPathTarget);
        Button spread = nodeAction("graph-spread", "graph.action.spread", "graph.action.spread.tip",
                model::spreadActivation);
        Button clear = button("graph-clear-highlights", messages.get("graph.action.clearHighlights"),
                model::clearHighlights);
        Button export = button("graph-export", messages.get("graph.action.exportPng"), this::exportPng);
        ToggleButton live = new ToggleButton(messages.get("graph.action.liveLayout"));
        live.setId("graph-live-layout");
        live.setTooltip(new Tooltip(messages.get("graph.action.liveLayout.tip")));
        live.selectedProperty().bindBidirectional(canvas.liveLayoutProperty());

        // wraps to a second row in narrow windows instead of truncating the buttons
        FlowPane bar = new FlowPane(search, show, separator(), expand, collapse, undo, redo, separator(), path, spread,
                clear, separator(), export, live);
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.getStyleClass().add(TOOLBAR);
        return bar;
    }

    private HBox filters() {
        MenuButton types = new MenuButton(messages.get("graph.filter.types"));
        types.setId("graph-filter-types");
        model.presentTypes().addListener((ListChangeListener<Integer>) change -> types.getItems().setAll(
                model.presentTypes().stream().map(this::typeItem).toList()));

        Slider confidence = new Slider(0, 1, model.minConfidenceProperty().get());
        confidence.setId("graph-filter-confidence");
        confidence.valueProperty().bindBidirectional(model.minConfidenceProperty());
        Label confidenceLabel = new Label();
        confidenceLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("graph.filter.minConfidence", model.minConfidenceProperty().get()),
                model.minConfidenceProperty()));

        Spinner<Double> weight = new Spinner<>(-10.0, 10.0, model.minWeightProperty().get(), 0.1);
        weight.setId("graph-filter-weight");
        weight.setEditable(true);
        weight.setPrefWidth(100);
        weight.valueProperty().addListener((obs, was, now) -> model.minWeightProperty().set(now));

        HBox bar = new HBox(types, confidenceLabel, confidence, new Label(messages.get("graph.filter.minWeight")),
                weight);
        bar.getStyleClass().add(FILTERS);
        return bar;
    }

    private CheckMenuItem typeItem(int type) {
        CheckMenuItem item = new CheckMenuItem(NeighbourhoodViewModel.typeTitle(type));
        item.setSelected(!model.hiddenTypes().contains(type));
        item.selectedProperty().addListener((obs, was, shown) -> model.setTypeShown(type, shown));
        return item;
    }

    /** Low to high energy swatches, shown while tokens are coloured by a spreading activation. */
    private HBox energyLegend() {
        HBox legend = new HBox(new Label(messages.get("graph.legend.energy")), new Label(messages.get("graph.legend.low")));
        for (EnergyLevel level : EnergyLevel.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll(SWATCH, level.styleClass());
            legend.getChildren().add(swatch);
        }
        legend.getChildren().add(new Label(messages.get("graph.legend.high")));
        legend.setId("graph-energy-legend");
        legend.getStyleClass().add(LEGEND);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.snapshotProperty().get().energies().isEmpty(), model.snapshotProperty()));
        legend.managedProperty().bind(legend.visibleProperty());
        return legend;
    }

    private VBox details() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.textProperty().bind(model.detailsTitleProperty());

        TableView<DetailRow> table = new TableView<>(model.details());
        table.setId("graph-details");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DetailRow, String> name = new TableColumn<>(messages.get("graph.details.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<DetailRow, String> value = new TableColumn<>(messages.get("graph.details.value"));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setCellFactory(WrappingCell::new);
        table.getColumns().add(name);
        table.getColumns().add(value);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button activate = edgeAction("graph-activate", "graph.action.activate", "graph.action.activate.tip",
                model::activateSelectedConnection);
        Button right = edgeAction("graph-feedback-success", "graph.action.feedbackSuccess",
                "graph.action.feedbackSuccess.tip", () -> model.feedbackSelectedConnection(true));
        right.getStyleClass().add(Styles.SUCCESS);
        Button wrong = edgeAction("graph-feedback-failure", "graph.action.feedbackFailure",
                "graph.action.feedbackFailure.tip", () -> model.feedbackSelectedConnection(false));
        wrong.getStyleClass().add(Styles.DANGER);
        HBox connectionActions = new HBox(6, activate, right, wrong);

        VBox box = new VBox(title, table, connectionActions);
        box.getStyleClass().add(DETAILS);
        return box;
    }

    private void askPathTarget() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("graph.path.title"));
        dialog.setHeaderText(messages.format("graph.path.header", model.selectedNodeCaption()));
        dialog.setContentText(messages.get("graph.path.prompt"));
        dialog.showAndWait().ifPresent(model::findPathTo);
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("graph.export.title"));
        chooser.setInitialFileName("tiro-graph.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("graph.export.filter"), "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            WritableImage image = canvas.snapshot();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            model.exportPng(file.toPath(), width, height, argb);
        }
    }

    /** Single letters, so only in the view and never while typing. */
    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (EXPAND.match(e)) {
            model.expandSelected();
        } else if (COLLAPSE.match(e)) {
            model.collapseSelected();
        } else {
            return;
        }
        e.consume();
    }

    private Button nodeAction(String id, String textKey, String tipKey, Runnable action) {
        Button b = button(id, messages.get(textKey), action);
        b.disableProperty().bind(model.nodeSelected().not());
        if (tipKey != null) {
            b.setTooltip(new Tooltip(messages.get(tipKey)));
        }
        return b;
    }

    private Button edgeAction(String id, String textKey, String tipKey, Runnable action) {
        Button b = button(id, messages.get(textKey), action);
        b.disableProperty().bind(model.edgeSelected().not());
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        return b;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Tooltip tooltip(StringBinding text) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text);
        return t;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    /**
     * A details value wraps to the column's width instead of ending in "...", and its tooltip holds it whole. A
     * Text graphic, because a table row keeps a cell's one-line height even with wrapText.
     */
    private static final class WrappingCell extends TableCell<DetailRow, String> {
        private static final double PADDING = 12;
        private final Text text = new Text();

        WrappingCell(TableColumn<DetailRow, String> column) {
            text.getStyleClass().add(DETAIL_VALUE);
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null;
            text.setText(blank ? null : item);
            setGraphic(blank ? null : text);
            setTooltip(blank ? null : new Tooltip(item));
        }
    }
}

package io.neurograph.tiro.ui.conceptmap;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Resources;
import io.neurograph.tiro.ui.support.TabShortcuts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The concept map: a toolbar (search, fit all, open neighbourhood, reload, status) above the map. Wheel zooms
 * at the cursor, drag pans, hover shows the label, click selects, double-click or Enter opens the neighbourhood;
 * arrows pan, +/− zoom, Home fits all; Ctrl+F goes to the search box from anywhere in the window while the map
 * shows ({@link TabShortcuts}).
 */
public final class ConceptMapView extends BorderPane {
    /** Hyphenated: a dotted literal starting "conceptmap." would be taken for a bundle key by MessagesConsistencyTest. */
    public static final String STYLESHEET = "concept-map.css";
    public static final String ROOT = "tiro-conceptmap";
    public static final String CANVAS = "tiro-conceptmap-canvas";
    public static final String HOVER_LABEL = "tiro-conceptmap-hover";
    public static final String TOOLBAR = "tiro-conceptmap-toolbar";
    /** Scroll delta (pixels) to zoom factor: one wheel notch (40) zooms by about 22 %. */
    private static final double WHEEL_ZOOM = 0.005;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final ConceptMapViewModel model;
    private final MapCanvas map;
    private final Label hover = new Label();
    private final TextField search = new TextField();
    private final TabShortcuts shortcuts;
    private double lastX;
    private double lastY;

    public ConceptMapView(ConceptMapViewModel model, Messages messages) {
        this.model = model;
        this.map = new MapCanvas(model);
        getStylesheets().add(Resources.stylesheet(STYLESHEET));
        getStyleClass().add(ROOT);
        setTop(toolbar(messages));
        setCenter(mapArea());
        shortcuts = TabShortcuts.of(this).on(FIND, search::requestFocus);
    }

    /** Stops the window-wide shortcut. */
    void close() {
        shortcuts.close();
    }

    private HBox toolbar(Messages messages) {
        search.setId("conceptmap-search");
        search.setPromptText(messages.get("conceptmap.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> {
            if (model.find()) {
                map.requestFocus();
            }
        });

        Button fit = new Button(messages.get("conceptmap.fitAll"));
        fit.setId("conceptmap-fit");
        fit.setOnAction(e -> model.fitAll());

        Button open = new Button(messages.get("conceptmap.open"));
        open.setId("conceptmap-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(model.selectedProperty().lessThan(0));
        open.setOnAction(e -> model.openSelected());

        Button reload = new Button(messages.get("conceptmap.reload"));
        reload.setId("conceptmap-reload");
        reload.disableProperty().bind(model.loadingProperty());
        reload.setOnAction(e -> model.reload());

        Label status = new Label();
        status.setId("conceptmap-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(search, fit, open, reload, spacer, status);
        bar.getStyleClass().add(TOOLBAR);
        return bar;
    }

    private StackPane mapArea() {
        map.setId("conceptmap-canvas");
        map.getStyleClass().add(CANVAS);
        map.setFocusTraversable(true);
        map.setOnScroll(this::zoom);
        map.setOnMousePressed(this::pressed);
        map.setOnMouseDragged(this::dragged);
        map.setOnMouseMoved(e -> model.hover(e.getX(), e.getY()));
        map.setOnMouseExited(e -> model.clearHover());
        map.setOnMouseClicked(this::clicked);
        map.setOnKeyPressed(this::key);

        hover.setId("conceptmap-hover");
        hover.getStyleClass().add(HOVER_LABEL);
        hover.setManaged(false);
        hover.textProperty().bind(model.hoverTextProperty());
        hover.visibleProperty().bind(model.hoveredProperty().greaterThanOrEqualTo(0));
        model.revisionProperty().addListener((o, was, now) -> placeHoverLabel());
        Pane overlay = new Pane(hover);
        overlay.setMouseTransparent(true);
        return new StackPane(map, overlay);
    }

    private void placeHoverLabel() {
        int i = model.hoveredProperty().get();
        if (i >= 0) {
            hover.autosize();
            double x = model.viewport().screenX(model.cloud().x(i));
            double y = model.viewport().screenY(model.cloud().y(i));
            hover.relocate(x + 10, y - hover.getHeight() - 6);
        }
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            model.zoom(Math.exp(e.getDeltaY() * WHEEL_ZOOM), e.getX(), e.getY());
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        map.requestFocus();
        lastX = e.getX();
        lastY = e.getY();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            model.pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (e.getClickCount() >= 2) {
            model.open(e.getX(), e.getY());
        } else {
            model.select(e.getX(), e.getY());
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> model.openSelected();
            case LEFT -> model.step(-1, 0);
            case RIGHT -> model.step(1, 0);
            case UP -> model.step(0, -1);
            case DOWN -> model.step(0, 1);
            case PLUS, EQUALS, ADD -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case HOME -> model.fitAll();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Paints at once instead of in the next pulse: for the benchmark. */
    void paintNow() {
        map.paint();
    }
}

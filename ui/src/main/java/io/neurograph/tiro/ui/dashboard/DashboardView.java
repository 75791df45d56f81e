package io.neurograph.tiro.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.logs.LogEntry;
import io.neurograph.tiro.ui.support.DisplayConverter;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Resources;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Charts of every metric on top; recent engine activity and the alert rules below. */
final class DashboardView extends BorderPane {
    static final String ROOT = "tiro-dashboard";
    static final String STYLESHEET = "tiro-dashboard.css";

    private final DashboardViewModel model;
    private final Messages messages;
    private final List<SeriesChart> charts = new ArrayList<>();
    /** The ScrollPane's clipped viewport (its skin's), the area the charts are seen through; null until skinned. */
    private Node viewport;

    DashboardView(DashboardViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add(ROOT);
        getStylesheets().add(Resources.stylesheet(STYLESHEET));

        TilePane grid = new TilePane();
        grid.setId("dashboard-charts");
        grid.getStyleClass().add("tiro-dashboard-grid");
        for (Metric m : Metric.values()) {
            SeriesChart chart = new SeriesChart(m, model, messages.get(m.titleKey()), this::onScreen);
            charts.add(chart);
            grid.getChildren().add(chart);
        }
        grid.widthProperty().addListener((o, was, width) -> fillWidth(grid, width.doubleValue()));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("dashboard-scroll");
        scroll.setFitToWidth(true);
        scroll.skinProperty().subscribe(skin -> uncacheViewport(scroll));
        scroll.viewportBoundsProperty().subscribe(bounds -> charts.forEach(SeriesChart::refresh));

        SplitPane lower = new SplitPane(titled("dashboard.activity", activityTable()),
                titled("dashboard.alerts", alertEditor()));
        lower.setDividerPositions(0.55);
        SplitPane split = new SplitPane(scroll, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);

        setTop(toolbar());
        setCenter(split);
        model.samplesProperty().addListener((o, old, n) -> charts.forEach(chart -> chart.tick(n.longValue())));
    }

    /**
     * The ScrollPane keeps its viewport as one cached bitmap so that it scrolls fast; then every value that changes
     * re-renders all the visible charts into that bitmap, every second. Fourteen charts scroll well without it.
     */
    private void uncacheViewport(ScrollPane scroll) {
        viewport = scroll.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    /** Whether some of the node is inside the charts' viewport while the Dashboard shows. */
    private boolean onScreen(Node node) {
        return viewport != null && showing() && viewport.localToScene(viewport.getLayoutBounds())
                .intersects(node.localToScene(node.getLayoutBounds()));
    }

    /** False while the tab (or the window) is hidden: sampling goes on, only drawing costs CPU. */
    private boolean showing() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private ToolBar toolbar() {
        Button export = new Button(messages.get("dashboard.export"));
        export.setId("dashboard-export");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("dashboard.export.title"));
            chooser.setInitialFileName("tiro-dashboard.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        Label hint = new Label(messages.get("dashboard.window"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new ToolBar(export, hint);
    }

    private TableView<LogEntry> activityTable() {
        TableView<LogEntry> table = new TableView<>(model.activity());
        table.setId("dashboard-activity");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setPlaceholder(new Label(messages.get("dashboard.activity.empty")));
        table.getColumns().add(column("dashboard.activity.time", LogEntry::clock, 100));
        table.getColumns().add(column("dashboard.activity.level", e -> messages.get(e.level().labelKey()), 80));
        TableColumn<LogEntry, String> what = column("dashboard.activity.message", LogEntry::message, 400);
        table.getColumns().add(what);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private VBox alertEditor() {
        TableView<AlertRule> table = new TableView<>(model.rules());
        table.setId("dashboard-alert-rules");
        table.getStyleClass().add(Styles.DENSE);
        Label empty = new Label(messages.get("dashboard.alerts.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(ruleColumn("dashboard.alerts.metric", r -> messages.get(r.metric().titleKey())));
        table.getColumns().add(ruleColumn("dashboard.alerts.condition",
                r -> r.comparison().symbol() + " " + model.format(r.metric(), r.threshold())));
        table.getColumns().add(ruleColumn("dashboard.alerts.sustain", r -> Integer.toString(r.sustainSeconds())));
        table.getColumns().add(ruleColumn("dashboard.alerts.cooldown", r -> Integer.toString(r.cooldownSeconds())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<Metric> metric = new ComboBox<>();
        metric.setId("dashboard-alert-metric");
        metric.getItems().setAll(Metric.values());
        metric.setConverter(DisplayConverter.of(m -> messages.get(m.titleKey())));
        metric.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Metric item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(item.titleKey()));
            }
        });
        metric.getSelectionModel().select(Metric.CPU);
        ComboBox<Comparison> comparison = new ComboBox<>();
        comparison.getItems().setAll(Comparison.values());
        comparison.setConverter(DisplayConverter.of(Comparison::symbol));
        comparison.getSelectionModel().select(Comparison.ABOVE);
        TextField threshold = new TextField();
        threshold.setId("dashboard-alert-threshold");
        threshold.setPromptText(messages.get("dashboard.alerts.threshold"));
        threshold.setPrefColumnCount(6);
        Spinner<Integer> sustain = spinner(10, "dashboard-alert-sustain");
        Spinner<Integer> cooldown = spinner(300, "dashboard-alert-cooldown");
        Label unit = new Label();
        unit.textProperty().bind(metric.valueProperty().map(m -> messages.get(m.unit().nameKey())));

        Button add = new Button(messages.get("dashboard.alerts.add"));
        add.setId("dashboard-alert-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> parse(threshold.getText(), metric.getValue()).ifPresentOrElse(value -> {
            model.addRule(new AlertRule(metric.getValue(), comparison.getValue(), value, sustain.getValue(),
                    cooldown.getValue()));
            threshold.clear();
        }, () -> threshold.pseudoClassStateChanged(Styles.STATE_DANGER, true)));
        threshold.textProperty().addListener((o, old, t) -> threshold.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        threshold.setOnAction(add.getOnAction());
        Button remove = new Button(messages.get("dashboard.alerts.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeRule(table.getSelectionModel().getSelectedItem()));

        // a FlowPane wraps the form in a narrow pane instead of truncating its labels and buttons
        FlowPane form = new FlowPane(6, 6, metric, comparison, threshold, unit,
                new Label(messages.get("dashboard.alerts.sustainFor")), sustain,
                new Label(messages.get("dashboard.alerts.cooldownFor")), cooldown, add, remove);
        form.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        form.getStyleClass().add("tiro-dashboard-form");
        return new VBox(6, table, form);
    }

    /** The threshold in the metric's own unit as shown (MiB for bytes); empty when it is not a number. */
    private static Optional<Double> parse(String text, Metric metric) {
        try {
            double shown = Double.parseDouble(text.trim().replace(',', '.'));
            return Optional.of(metric.unit() == Metric.Unit.BYTES ? shown * 1024 * 1024 : shown);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Spinner<Integer> spinner(int initial, String id) {
        Spinner<Integer> s = new Spinner<>(0, 86_400, initial, 10);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.setId(id);
        return s;
    }

    private TitledPane titled(String key, Node content) {
        TitledPane pane = new TitledPane(messages.get(key), content);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }

    /** As many columns as fit at the charts' preferred width, stretched so no strip is left empty on the right. */
    private static void fillWidth(TilePane grid, double width) {
        double inner = width - grid.getInsets().getLeft() - grid.getInsets().getRight();
        double preferred = SeriesChart.PREFERRED_WIDTH;
        int columns = Math.max(1, (int) ((inner + grid.getHgap()) / (preferred + grid.getHgap())));
        grid.setPrefTileWidth(Math.floor((inner - (columns - 1) * grid.getHgap()) / columns));
    }

    private TableColumn<LogEntry, String> column(String key, Function<LogEntry, String> text, double width) {
        TableColumn<LogEntry, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private TableColumn<AlertRule, String> ruleColumn(String key, Function<AlertRule, String> text) {
        TableColumn<AlertRule, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

}

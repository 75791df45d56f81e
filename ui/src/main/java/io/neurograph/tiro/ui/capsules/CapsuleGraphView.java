package io.neurograph.tiro.ui.capsules;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.OpenDialog;
import io.neurograph.tiro.ui.support.Resources;
import io.neurograph.tiro.ui.support.TabShortcuts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Model view: a model file's capsules as a tree (each capsule expands to its nodes with their op types)
 * above its tensor table (name, dtype, shape, size), with totals. Selecting a capsule lists its tensors.
 * Ctrl+O opens a model, from anywhere in the window while the view shows ({@link TabShortcuts}).
 */
public final class CapsuleGraphView extends BorderPane {
    /** Hyphenated: a dotted literal starting "capsules." would be taken for a bundle key by MessagesConsistencyTest. */
    public static final String STYLESHEET = "capsule-graph.css";
    public static final String ROOT = "tiro-capsules";
    public static final String TOOLBAR = "tiro-capsules-toolbar";
    public static final String SECTION_TITLE = "tiro-capsules-section-title";
    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    private final CapsuleGraphViewModel model;
    private final Messages messages;
    private final OpenDialog openDialog;
    private final TreeTableView<StructureRow> tree = new TreeTableView<>();
    private final TabShortcuts shortcuts;
    private File lastFolder;

    CapsuleGraphView(CapsuleGraphViewModel model, Messages messages, OpenDialog openDialog) {
        this.model = model;
        this.messages = messages;
        this.openDialog = openDialog;
        getStylesheets().add(Resources.stylesheet(STYLESHEET));
        getStyleClass().add(ROOT);
        setTop(toolbar());
        SplitPane split = new SplitPane(capsuleTree(), tensorTable());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
        model.structureProperty().addListener((o, was, now) -> showStructure(now));
        shortcuts = TabShortcuts.of(this).on(OPEN, this::chooseModel);
    }

    /** Stops the window-wide shortcut. */
    void close() {
        shortcuts.close();
    }

    private HBox toolbar() {
        Button open = new Button(messages.get("capsules.open"));
        open.setId("capsules-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> chooseModel());

        Button expand = new Button(messages.get("capsules.expandAll"));
        expand.setId("capsules-expand");
        expand.setOnAction(e -> setExpandedAll(true));
        Button collapse = new Button(messages.get("capsules.collapseAll"));
        collapse.setId("capsules-collapse");
        collapse.setOnAction(e -> setExpandedAll(false));
        expand.disableProperty().bind(model.structureProperty().isNull());
        collapse.disableProperty().bind(model.structureProperty().isNull());

        Label title = new Label();
        title.setId("capsules-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(model.titleProperty());
        Label totals = new Label();
        totals.setId("capsules-totals");
        totals.getStyleClass().add(Styles.TEXT_MUTED);
        totals.textProperty().bind(model.totalsProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(open, expand, collapse, title, spacer, totals);
        bar.getStyleClass().add(TOOLBAR);
        return bar;
    }

    private TreeTableView<StructureRow> capsuleTree() {
        tree.setId("capsules-tree");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label(messages.get("capsules.placeholder")));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().setAll(List.of(
                treeColumn("capsules.column.name", StructureRow::name, 260),
                treeColumn("capsules.column.type", StructureRow::type, 140),
                treeColumn("capsules.column.nodes", StructureRow::nodes, 80),
                treeColumn("capsules.column.tensors", StructureRow::tensors, 80),
                sizeColumn()));
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == null) {
                model.showAllTensors();
            } else {
                model.showTensorsOf(now.getValue().capsule());
            }
        });
        return tree;
    }

    private <T> TreeTableColumn<StructureRow, T> treeColumn(String titleKey, Function<StructureRow, T> value,
            double width) {
        TreeTableColumn<StructureRow, T> column = new TreeTableColumn<>(messages.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(p -> constant(value.apply(p.getValue().getValue())));
        return column;
    }

    private TreeTableColumn<StructureRow, Long> sizeColumn() {
        TreeTableColumn<StructureRow, Long> column = treeColumn("capsules.column.size", StructureRow::bytes, 100);
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Long bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : ByteSizes.human(bytes));
            }
        });
        return column;
    }

    private VBox tensorTable() {
        Label title = new Label();
        title.setId("capsules-tensor-title");
        title.getStyleClass().add(SECTION_TITLE);
        title.textProperty().bind(model.tensorTitleProperty());

        TableView<ModelStructure.Tensor> table = new TableView<>(model.tensors());
        table.setId("capsules-tensors");
        table.setPlaceholder(new Label(messages.get("capsules.tensors.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ModelStructure.Tensor, Long> bytes = tableColumn("capsules.column.size",
                ModelStructure.Tensor::bytes, 100);
        bytes.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : ByteSizes.human(value));
            }
        });
        table.getColumns().setAll(List.of(
                tableColumn("capsules.column.name", ModelStructure.Tensor::name, 300),
                tableColumn("capsules.column.dtype", ModelStructure.Tensor::dtype, 110),
                tableColumn("capsules.column.shape", t -> t.shape().stream().map(String::valueOf)
                        .collect(Collectors.joining(" × ", "[", "]")), 160),
                bytes));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(title, table);
    }

    private <T> TableColumn<ModelStructure.Tensor, T> tableColumn(String titleKey,
            Function<ModelStructure.Tensor, T> value, double width) {
        TableColumn<ModelStructure.Tensor, T> column = new TableColumn<>(messages.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(p -> constant(value.apply(p.getValue())));
        return column;
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private void showStructure(ModelStructure structure) {
        TreeItem<StructureRow> root = new TreeItem<>();
        if (structure != null) {
            for (ModelStructure.Capsule capsule : structure.capsules()) {
                TreeItem<StructureRow> item = new TreeItem<>(StructureRow.of(capsule));
                capsule.nodes().forEach(n -> item.getChildren().add(new TreeItem<>(StructureRow.of(n, capsule.index()))));
                root.getChildren().add(item);
            }
        }
        tree.setRoot(root);
    }

    private void setExpandedAll(boolean expanded) {
        if (tree.getRoot() != null) {
            tree.getRoot().getChildren().forEach(item -> item.setExpanded(expanded));
        }
    }

    private void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("capsules.chooser.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.get("capsules.chooser.all"), "*.cgraph", "*.onnx", "*.gguf"),
                new FileChooser.ExtensionFilter(messages.get("capsules.chooser.cgraph"), "*.cgraph"),
                new FileChooser.ExtensionFilter(messages.get("capsules.chooser.sources"), "*.onnx", "*.gguf"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = openDialog.open(chooser, getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            model.open(Path.of(chosen.getPath()));
        }
    }
}

package io.neurograph.tiro.ui.modules;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Resources;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;

/**
 * The parts table (status, numbers, a switch where the engine allows one) over the settings of the selected part,
 * beside the configuration fixed when the engine opened.
 */
final class ModulesView extends BorderPane {
    private final Messages messages;

    ModulesView(ModulesViewModel model, ModuleConfigViewModel settings, Messages messages) {
        this.messages = messages;
        getStylesheets().add(Resources.stylesheet(ModuleConfigView.STYLESHEET));
        TableView<ModuleRow> parts = new TableView<>(model.modules());
        parts.setId("modules-table");
        parts.getColumns().add(column("modules.column.component", ModuleRow::name, 170));
        parts.getColumns().add(column("modules.column.status", ModuleRow::status, 150));
        parts.getColumns().add(column("modules.column.metrics", ModuleRow::metrics, 380));
        parts.getColumns().add(switchColumn(model));
        parts.getColumns().add(column("modules.column.note", ModuleRow::note, 380));
        parts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<ConfigRow> config = new TableView<>(model.configuration());
        config.setId("modules-config");
        config.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        config.getColumns().add(configColumn("modules.config.section", ConfigRow::section, 120));
        config.getColumns().add(configColumn("modules.config.setting", ConfigRow::setting, 180));
        config.getColumns().add(configColumn("modules.config.value", ConfigRow::value, 140));
        config.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button refresh = new Button(messages.get("modules.refresh"));
        refresh.setId("modules-refresh");
        refresh.setOnAction(e -> {
            model.refresh();
            settings.refresh();
        });
        selectWithTable(parts, model, settings);
        TitledPane form = titled("modules.settings", new ModuleConfigView(settings, messages));
        form.textProperty().bind(settings.selectedProperty().map(id -> messages.format("modules.settings.title",
                messages.get(ModuleTexts.of(id).nameKey()))).orElse(messages.get("modules.settings")));
        SplitPane lower = new SplitPane(form, titled("modules.config", config));
        lower.setDividerPositions(0.62);
        SplitPane split = new SplitPane(parts, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(new ToolBar(refresh));
        setCenter(split);
    }

    /**
     * The settings follow the selected row. A refresh replaces the rows, which clears the table's selection, so the
     * part shown is selected again by its id.
     */
    private static void selectWithTable(TableView<ModuleRow> parts, ModulesViewModel model,
                                        ModuleConfigViewModel settings) {
        parts.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                settings.select(row.id());
            }
        });
        model.modules().subscribe(() -> model.modules().stream()
                .filter(r -> r.id() == settings.selectedProperty().get()).findFirst()
                .ifPresent(r -> parts.getSelectionModel().select(r)));
    }

    /**
     * On/off as the engine says. The switch never flips by itself: a click asks the view-model, and the switch
     * follows once the engine has changed and the rows are read again. Parts that cannot be switched keep a
     * disabled switch and give the reason as the tooltip (and in the note column).
     */
    private TableColumn<ModuleRow, ModuleRow> switchColumn(ModulesViewModel model) {
        TableColumn<ModuleRow, ModuleRow> c = new TableColumn<>(messages.get("modules.column.enabled"));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final ToggleSwitch toggle = new ToggleSwitch();

            {
                toggle.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                    e.consume();
                    request(model, getItem());
                });
            }

            @Override
            protected void updateItem(ModuleRow row, boolean empty) {
                super.updateItem(row, empty);
                toggle.disableProperty().unbind();
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                toggle.setId("modules-switch-" + row.id().key());
                toggle.setSelected(row.enabled());
                if (row.switchable()) {
                    toggle.disableProperty().bind(model.switchingProperty());
                } else {
                    toggle.setDisable(true);
                }
                setTooltip(new Tooltip(row.note()));
                setGraphic(toggle);
            }
        });
        c.setPrefWidth(90);
        c.setSortable(false);
        return c;
    }

    /**
     * Flips a part; turning off one whose disabling costs more than its own work is confirmed first, in a dialog
     * that does not hold up the click that opened it.
     */
    private void request(ModulesViewModel model, ModuleRow row) {
        boolean enable = !row.enabled();
        if (enable || row.warning() == null) {
            model.setEnabled(row.id(), enable);
            return;
        }
        ButtonType disable = new ButtonType(messages.get("modules.confirm.disable"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.WARNING, row.warning(), disable, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setHeaderText(messages.format("modules.confirm.title", row.name()));
        confirm.getDialogPane().lookupButton(disable).getStyleClass().add(Styles.DANGER);
        confirm.setOnHidden(e -> {
            if (disable.equals(confirm.getResult())) {
                model.setEnabled(row.id(), false);
            }
        });
        confirm.show();
    }

    private TableColumn<ModuleRow, String> column(String key, Function<ModuleRow, String> text, double width) {
        TableColumn<ModuleRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<ConfigRow, String> configColumn(String key, Function<ConfigRow, String> text, double width) {
        TableColumn<ConfigRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TitledPane titled(String key, Node content) {
        TitledPane pane = new TitledPane(messages.get(key), content);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }
}

package io.neurograph.tiro.ui.cdna;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.DisplayConverter;
import io.neurograph.tiro.ui.support.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The edit side by side with the CDNA in force or a preset, field by field; changed rows stand out. */
final class DiffView extends VBox {

    DiffView(CdnaViewModel model, Messages messages) {
        ComboBox<CompareTarget> target = new ComboBox<>();
        target.setId("cdna-compare");
        target.getItems().setAll(CompareTarget.values());
        target.setConverter(DisplayConverter.of((CompareTarget t) -> messages.get(t.labelKey())));
        target.valueProperty().bindBidirectional(model.compareTargetProperty());
        CheckBox changedOnly = new CheckBox(messages.get("cdna.diff.changedOnly"));
        changedOnly.setSelected(true);

        FilteredList<DiffRow> rows = new FilteredList<>(model.diff());
        changedOnly.selectedProperty().subscribe(only -> rows.setPredicate(only ? DiffRow::changed : r -> true));
        TableView<DiffRow> table = new TableView<>(rows);
        table.setId("cdna-diff");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("cdna.diff.none")));
        TableColumn<DiffRow, String> field = column(messages.get("cdna.diff.field"),
                row -> SpaceNames.field(row.field(), messages));
        field.setMinWidth(200);
        table.getColumns().setAll(List.of(field,
                column(messages.get("cdna.diff.base"), DiffRow::base),
                column(messages.get("cdna.diff.edited"), DiffRow::edited)));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(DiffRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(CdnaStyles.CHANGED, !empty && row != null && row.changed());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().addAll(new HBox(8, new Label(messages.get("cdna.diff.compareWith")), target, changedOnly), table);
        setSpacing(8);
        setPadding(new Insets(12));
    }

    private static TableColumn<DiffRow, String> column(String title, Function<DiffRow, String> value) {
        TableColumn<DiffRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}

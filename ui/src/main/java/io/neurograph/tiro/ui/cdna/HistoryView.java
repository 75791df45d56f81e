package io.neurograph.tiro.ui.cdna;

import atlantafx.base.theme.Styles;
import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaHistoryEntry;
import io.neurograph.tiro.ui.support.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Earlier versions, newest first: roll back to the last one, or load any into the editor to compare or re-apply. */
final class HistoryView extends VBox {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    HistoryView(CdnaViewModel model, Messages messages) {
        ListView<CdnaHistoryEntry> list = new ListView<>(model.history());
        list.setId("cdna-history");
        list.setPlaceholder(new Label(messages.get("cdna.history.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CdnaHistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry, getIndex(), messages));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button rollback = new Button(messages.get("cdna.action.rollback"));
        rollback.setId("cdna-rollback");
        rollback.getStyleClass().add(Styles.DANGER);
        rollback.disableProperty().bind(Bindings.isEmpty(model.history()).or(model.busyProperty())
                .or(model.trialProperty().isNotNull()));
        rollback.setOnAction(e -> model.rollback());
        Button load = new Button(messages.get("cdna.action.loadVersion"));
        load.setId("cdna-load-version");
        load.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        load.setOnAction(e -> model.loadVersion(list.getSelectionModel().getSelectedItem()));

        getChildren().addAll(list, new HBox(8, rollback, load));
        setSpacing(8);
        setPadding(new Insets(12));
    }

    private static String describe(CdnaHistoryEntry entry, int index, Messages messages) {
        Cdna c = entry.cdna();
        return messages.format("cdna.history.entry", index + 1, TIME.format(Instant.ofEpochSecond(entry.savedAt())),
                messages.get(Profiles.labelKey(c.profile())), String.format("%016x", c.checksum()));
    }
}

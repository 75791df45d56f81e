package io.neurograph.tiro.ui.placeholder;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.StyleClasses;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A centred card saying what the tab will do, so an unfinished tab never looks broken. */
public final class PlaceholderView extends StackPane {

    public PlaceholderView(PlaceholderViewModel model) {
        Label badge = label(model.badgeProperty(), StyleClasses.BADGE, Styles.TEXT_SMALL);
        Label title = label(model.titleProperty(), Styles.TITLE_2);
        Label summary = label(model.summaryProperty(), Styles.TEXT_MUTED);
        summary.setWrapText(true);

        VBox card = new VBox(badge, title, summary);
        card.getStyleClass().add(StyleClasses.PLACEHOLDER_CARD);
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxHeight(USE_PREF_SIZE);

        getStyleClass().add(StyleClasses.PLACEHOLDER);
        getChildren().add(card);
    }

    private static Label label(ReadOnlyStringProperty text, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}

package io.neurograph.tiro.ui.status;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.StyleClasses;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The strip at the bottom of the main window (engine left, JVM right); samples once a second while started. */
public final class StatusBarView extends HBox {
    private final StatusBarViewModel model;
    private final Timeline ticker;

    public StatusBarView(StatusBarViewModel model) {
        this.model = model;
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.refresh()));
        ticker.setCycleCount(Animation.INDEFINITE);
        getStyleClass().add(StyleClasses.STATUS_BAR);
        getChildren().addAll(
                entry("status-state", model.stateProperty()), separator(),
                entry("status-tokens", model.tokensProperty()), separator(),
                entry("status-connections", model.connectionsProperty()), separator(),
                entry("status-jobs", model.jobsProperty()),
                new Spacer(),
                entry("status-api", model.apiProperty()), separator(),
                entry("status-heap", model.heapProperty()), separator(),
                entry("status-mapped", model.mappedProperty()));
    }

    /** Samples at once, then every second; the Timeline runs on the FX thread, so no extra thread is needed. */
    public void start() {
        model.refresh();
        ticker.play();
    }

    public void stop() {
        ticker.stop();
    }

    private static Label entry(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.textProperty().bind(text);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}

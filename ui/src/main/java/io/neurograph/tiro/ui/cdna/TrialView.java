package io.neurograph.tiro.ui.cdna;

import atlantafx.base.theme.Styles;
import io.neurograph.engine.cdna.QuarantinePhase;
import io.neurograph.engine.cdna.QuarantineStatus;
import io.neurograph.tiro.ui.support.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The quarantine trial: its length before it starts; then time left, live metrics against limits, accept or roll back. */
final class TrialView extends VBox {
    private static final int MAX_TRIAL_SECONDS = 24 * 3600;
    // the spinner's Integer view of the model's int property: a bidirectional binding holds both sides weakly, so
    // without this reference the view is collected and the spinner stops writing to the model
    private final ObjectProperty<Integer> trialSeconds;

    TrialView(CdnaViewModel model, Messages messages) {
        trialSeconds = model.trialSecondsProperty().asObject();
        Spinner<Integer> seconds = new Spinner<>(10, MAX_TRIAL_SECONDS, CdnaViewModel.DEFAULT_TRIAL_SECONDS, 30);
        seconds.setId("cdna-trial-seconds");
        seconds.setEditable(true);
        seconds.getValueFactory().valueProperty().bindBidirectional(trialSeconds);
        Button start = new Button(messages.get("cdna.action.trial"));
        start.setId("cdna-trial-start");
        start.disableProperty().bind(model.canTrial().not());
        start.setOnAction(e -> model.startTrial());
        Label hint = new Label(messages.get("cdna.trial.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        HBox setup = new HBox(8, new Label(messages.get("cdna.trial.seconds")), seconds, start);

        Label phase = new Label();
        phase.setId("cdna-trial-phase");
        phase.getStyleClass().add(Styles.TITLE_4);
        ProgressBar elapsed = new ProgressBar(0);
        elapsed.setMaxWidth(Double.MAX_VALUE);
        Label churn = new Label();
        Label breaks = new Label();
        Label memory = new Label();
        Button accept = new Button(messages.get("cdna.action.accept"));
        accept.setId("cdna-trial-accept");
        accept.getStyleClass().add(Styles.SUCCESS);
        accept.setOnAction(e -> model.acceptTrial());
        Button rollback = new Button(messages.get("cdna.action.rollbackTrial"));
        rollback.setId("cdna-trial-rollback");
        rollback.getStyleClass().add(Styles.DANGER);
        rollback.setOnAction(e -> model.rollbackTrial());
        accept.disableProperty().bind(model.busyProperty());
        rollback.disableProperty().bind(model.busyProperty());
        VBox running = new VBox(8, phase, elapsed, churn, breaks, memory, new HBox(8, accept, rollback));

        model.trialProperty().subscribe(status -> {
            boolean on = status != null;
            running.setVisible(on);
            running.setManaged(on);
            setup.setDisable(on);
            if (on) {
                show(status, messages, phase, elapsed, churn, breaks, memory);
            }
        });
        getChildren().addAll(hint, setup, running);
        setSpacing(12);
        setPadding(new Insets(12));
    }

    private static void show(QuarantineStatus s, Messages messages, Label phase, ProgressBar elapsed, Label churn,
                             Label breaks, Label memory) {
        phase.setText(s.phase() == QuarantinePhase.RUNNING
                ? messages.format("cdna.trial.running", s.remainingSeconds(), s.durationSeconds())
                : messages.get("cdna.trial.expired"));
        elapsed.setProgress(s.durationSeconds() == 0 ? 1
                : 1 - (double) s.remainingSeconds() / s.durationSeconds());
        churn.setText(messages.format("cdna.trial.churn", s.metrics().tokenChurn(), s.limits().maxTokenChurn()));
        breaks.setText(messages.format("cdna.trial.breaks", s.metrics().connectionBreaks(),
                s.limits().maxConnectionBreaks()));
        memory.setText(messages.format("cdna.trial.memory", s.metrics().memoryGrowthBytes() >> 20,
                s.limits().maxMemoryGrowthBytes() >> 20));
    }
}

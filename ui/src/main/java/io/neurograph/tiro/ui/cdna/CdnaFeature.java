package io.neurograph.tiro.ui.cdna;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** The CDNA tab: the editor view over its view-model, and a once-a-second poll while a quarantine trial runs. */
public final class CdnaFeature implements Feature {
    private final CdnaView view;
    private final Timeline trialPoll;

    private CdnaFeature(CdnaViewModel model, FeatureContext context) {
        this.view = new CdnaView(model, context.messages());
        this.trialPoll = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.pollTrial()));
        trialPoll.setCycleCount(Animation.INDEFINITE);
        model.trialProperty().subscribe(trial -> {
            if (trial == null) {
                trialPoll.stop();
            } else {
                trialPoll.play();
            }
        });
        model.refresh();
    }

    public static CdnaFeature create(FeatureContext context) {
        return new CdnaFeature(new CdnaViewModel(context), context);
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void close() {
        trialPoll.stop();
    }
}

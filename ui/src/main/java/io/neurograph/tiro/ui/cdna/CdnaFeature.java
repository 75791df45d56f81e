package io.neurograph.tiro.ui.cdna;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The CDNA tab: the editor view over its view-model, and a once-a-second poll that follows CDNA changes made
 * elsewhere (the Terminal, a trial rolled back by its limits) and the live metrics of a running trial.
 */
public final class CdnaFeature implements Feature {
    private static final int EVENT_CAPACITY = 64;

    private final CdnaView view;
    private final Subscription changes;
    private final Timeline poll;

    private CdnaFeature(CdnaViewModel model, FeatureContext context) {
        this.view = new CdnaView(model, context.messages());
        this.changes = context.engine().events().subscribe(
                Set.of(EngineEvent.CdnaUpdated.class, EngineEvent.CdnaRolledBack.class), EVENT_CAPACITY);
        this.poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.poll(changes)));
        poll.setCycleCount(Animation.INDEFINITE);
        model.refresh();
        poll.play();
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
        view.close();
        poll.stop();
        changes.close();
    }
}

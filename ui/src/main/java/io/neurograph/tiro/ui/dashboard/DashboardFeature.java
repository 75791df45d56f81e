package io.neurograph.tiro.ui.dashboard;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.Messages;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The Dashboard tab: one Timeline ticks every second on the FX thread and hands the sampling itself to the
 * executor, so the FX thread only appends the finished sample and redraws (when the tab shows).
 */
public final class DashboardFeature implements Feature {
    private final DashboardViewModel model;
    private final Messages messages;
    private final Timeline ticker;
    private DashboardView view;

    private DashboardFeature(DashboardViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public static DashboardFeature create(FeatureContext context) {
        DashboardViewModel model = new DashboardViewModel(Sampler.of(context.engine()),
                AlertStore.inDataFolder(context.engine().config().dataDir()), context.executor(), context.messages(),
                context.notifier());
        DashboardFeature feature = new DashboardFeature(model, context.messages());
        model.tick();
        feature.ticker.play();
        return feature;
    }

    /** The charts are built when first shown; sampling runs from creation, so the history starts with the app. */
    @Override
    public Node node() {
        if (view == null) {
            view = new DashboardView(model, messages);
        }
        return view;
    }

    @Override
    public void close() {
        ticker.stop();
        model.close();
    }
}

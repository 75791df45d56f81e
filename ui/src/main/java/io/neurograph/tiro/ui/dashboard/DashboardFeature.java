package io.neurograph.tiro.ui.dashboard;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
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
    private final DashboardView view;
    private final Timeline ticker;

    private DashboardFeature(DashboardViewModel model, DashboardView view) {
        this.model = model;
        this.view = view;
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public static DashboardFeature create(FeatureContext context) {
        DashboardViewModel model = new DashboardViewModel(Sampler.of(context.engine()),
                AlertStore.inDataFolder(context.engine().config().dataDir()), context.executor(), context.messages(),
                context.notifier());
        DashboardFeature feature = new DashboardFeature(model, new DashboardView(model, context.messages()));
        model.tick();
        feature.ticker.play();
        return feature;
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void close() {
        ticker.stop();
        model.close();
    }
}

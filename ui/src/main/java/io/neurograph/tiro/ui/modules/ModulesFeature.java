package io.neurograph.tiro.ui.modules;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.Nodes;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** The Modules tab: reads the parts and the shown settings every few seconds while the tab shows, and on Refresh. */
public final class ModulesFeature implements Feature {
    private static final Duration EVERY = Duration.seconds(3);
    private final ModulesView view;
    private final Timeline ticker;

    private ModulesFeature(ModulesViewModel model, ModuleConfigViewModel settings, ModulesView view) {
        this.view = view;
        this.ticker = new Timeline(new KeyFrame(EVERY, e -> {
            if (Nodes.showing(view)) {   // hidden tabs are not read: their numbers would be stale by then
                model.refresh();
                settings.refresh();
            }
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public static ModulesFeature create(FeatureContext context) {
        ModulesViewModel model = new ModulesViewModel(context.engine(), context.executor(), context.messages(),
                context.notifier(), context.journal());
        ModuleConfigViewModel settings = new ModuleConfigViewModel(context.engine(), context.executor(),
                context.messages(), context.notifier(), context.journal());
        ModulesFeature feature = new ModulesFeature(model, settings, new ModulesView(model, settings,
                context.messages()));
        model.refresh();
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
    }
}

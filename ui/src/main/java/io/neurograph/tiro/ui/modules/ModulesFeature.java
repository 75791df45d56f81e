package io.neurograph.tiro.ui.modules;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** The Modules tab: reads the parts every few seconds while the tab shows, and on Refresh. */
public final class ModulesFeature implements Feature {
    private static final Duration EVERY = Duration.seconds(3);
    private final ModulesView view;
    private final Timeline ticker;

    private ModulesFeature(ModulesViewModel model, ModulesView view) {
        this.view = view;
        this.ticker = new Timeline(new KeyFrame(EVERY, e -> {
            if (showing()) {
                model.refresh();
            }
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public static ModulesFeature create(FeatureContext context) {
        ModulesViewModel model = new ModulesViewModel(context.engine(), context.executor(), context.messages(),
                context.notifier(), context.journal());
        ModulesFeature feature = new ModulesFeature(model, new ModulesView(model, context.messages()));
        model.refresh();
        feature.ticker.play();
        return feature;
    }

    /** Hidden tabs are not read: their numbers would be stale by the time anyone looks. */
    private boolean showing() {
        for (Node n = view; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return view.getScene() != null;
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

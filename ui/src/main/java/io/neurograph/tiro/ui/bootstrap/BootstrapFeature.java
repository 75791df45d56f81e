package io.neurograph.tiro.ui.bootstrap;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import javafx.scene.Node;

/** The Bootstrap tab; on creation it looks for an unfinished bootstrap to offer for resume. */
public final class BootstrapFeature implements Feature {
    private final BootstrapViewModel model;
    private final BootstrapView view;

    private BootstrapFeature(BootstrapViewModel model) {
        this.model = model;
        this.view = new BootstrapView(model);
    }

    public static BootstrapFeature create(FeatureContext context) {
        BootstrapViewModel model = new BootstrapViewModel(context);
        model.checkDataFolder();
        context.navigator().onBootstrapDefault(model::startDefaultVocabulary);
        return new BootstrapFeature(model);
    }

    @Override
    public Node node() {
        return view;
    }

    /** Asks running jobs to stop at their next checkpoint, so a bootstrap can be resumed at the next start. */
    @Override
    public void close() {
        model.cancelAll();
    }

    BootstrapViewModel model() {
        return model;
    }
}

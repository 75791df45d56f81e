package io.neurograph.tiro.ui.bootstrap;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.OpenDialog;
import javafx.scene.Node;

/** The Bootstrap tab; on creation it looks for an unfinished bootstrap to offer for resume. */
public final class BootstrapFeature implements Feature {
    private final BootstrapViewModel model;
    private final BootstrapView view;

    private BootstrapFeature(BootstrapViewModel model, OpenDialog openDialog) {
        this.model = model;
        this.view = new BootstrapView(model, openDialog);
    }

    public static BootstrapFeature create(FeatureContext context) {
        return create(context, OpenDialog.PLATFORM);
    }

    /** With the file chooser shown by {@code openDialog}: robot tests answer it, headless Monocle has none. */
    static BootstrapFeature create(FeatureContext context, OpenDialog openDialog) {
        BootstrapViewModel model = new BootstrapViewModel(context);
        model.checkDataFolder();
        context.navigator().onBootstrapDefault(model::startDefaultVocabulary);
        return new BootstrapFeature(model, openDialog);
    }

    @Override
    public Node node() {
        return view;
    }

    /** Asks running jobs to stop at their next checkpoint, so a bootstrap can be resumed at the next start. */
    @Override
    public void close() {
        view.close();
        model.cancelAll();
    }

    BootstrapViewModel model() {
        return model;
    }
}

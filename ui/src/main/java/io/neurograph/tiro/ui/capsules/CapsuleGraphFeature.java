package io.neurograph.tiro.ui.capsules;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.OpenDialog;
import java.nio.file.Path;
import javafx.scene.Node;

/** The Model view of the Graph tab: a model's capsule graph. {@code Navigator.showModel} lands in {@link #open}. */
public final class CapsuleGraphFeature implements Feature {
    private final CapsuleGraphViewModel model;
    private final CapsuleGraphView view;

    private CapsuleGraphFeature(CapsuleGraphViewModel model, CapsuleGraphView view) {
        this.model = model;
        this.view = view;
    }

    public static CapsuleGraphFeature create(FeatureContext ctx) {
        return create(ctx, OpenDialog.PLATFORM);
    }

    /** With the file chooser shown by {@code openDialog}: robot tests answer it, headless Monocle has none. */
    static CapsuleGraphFeature create(FeatureContext ctx, OpenDialog openDialog) {
        CapsuleGraphViewModel model = new CapsuleGraphViewModel(ctx.executor(), ctx.messages(), ctx.notifier(),
                ctx.jobs());
        return new CapsuleGraphFeature(model, new CapsuleGraphView(model, ctx.messages(), openDialog));
    }

    /** Shows the capsules of a .cgraph file (or the whole graph of an .onnx or .gguf source). */
    public void open(Path cgraph) {
        model.open(cgraph);
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void close() {
        view.close();
    }

    CapsuleGraphViewModel model() {
        return model;
    }
}

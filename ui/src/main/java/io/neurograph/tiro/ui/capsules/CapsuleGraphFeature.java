package io.neurograph.tiro.ui.capsules;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
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
        CapsuleGraphViewModel model = new CapsuleGraphViewModel(ctx.executor(), ctx.messages(), ctx.notifier(),
                ctx.jobs());
        return new CapsuleGraphFeature(model, new CapsuleGraphView(model, ctx.messages()));
    }

    /** Shows the capsules of a .cgraph file (or the whole graph of an .onnx or .gguf source). */
    public void open(Path cgraph) {
        model.open(cgraph);
    }

    @Override
    public Node node() {
        return view;
    }

    CapsuleGraphViewModel model() {
        return model;
    }
}

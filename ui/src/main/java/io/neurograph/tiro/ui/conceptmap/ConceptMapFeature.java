package io.neurograph.tiro.ui.conceptmap;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import java.util.function.LongConsumer;
import javafx.scene.Node;

/** The concept map view of the Graph tab; selecting a concept there opens its neighbourhood. */
public final class ConceptMapFeature implements Feature {
    private final ConceptMapViewModel model;
    private final ConceptMapView view;

    ConceptMapFeature(ConceptMapViewModel model, ConceptMapView view) {
        this.model = model;
        this.view = view;
    }

    /** {@code openNeighbourhood} receives the token id the user opened (double-click, Enter or the button). */
    public static Feature create(FeatureContext ctx, LongConsumer openNeighbourhood) {
        return create(ctx, new EngineTokenPoints(ctx.engine()), openNeighbourhood);
    }

    static ConceptMapFeature create(FeatureContext ctx, PointSource source, LongConsumer openNeighbourhood) {
        ConceptMapViewModel model = new ConceptMapViewModel(source, ctx.executor(), ctx.messages(), ctx.notifier(),
                openNeighbourhood);
        return new ConceptMapFeature(model, new ConceptMapView(model, ctx.messages()));
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void close() {
        view.close();
        model.close();
    }

    ConceptMapViewModel model() {
        return model;
    }
}

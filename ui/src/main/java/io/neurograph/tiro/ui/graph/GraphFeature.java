package io.neurograph.tiro.ui.graph;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.capsules.CapsuleGraphFeature;
import io.neurograph.tiro.ui.conceptmap.ConceptMapFeature;
import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.Resources;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The Graph tab: three views — a token's neighbourhood, the concept map of all tokens and a model's capsule
 * graph — switched by a segmented toggle. "Show in graph" from other tabs opens a token's neighbourhood;
 * "show capsule graph" opens a model in the Model view.
 */
public final class GraphFeature implements Feature {
    static final String SWITCHER = "tiro-graph-switcher";

    /** The three views, in the order of the toggle. */
    public enum GraphView { NEIGHBOURHOOD, CONCEPT_MAP, MODEL }

    private final BorderPane root = new BorderPane();
    private final ToggleGroup toggle = new ToggleGroup();
    private final List<ToggleButton> buttons;
    private final NeighbourhoodView neighbourhood;
    private final List<Feature> views;

    /**
     * @param conceptMap builds the concept map view from the callback that opens a token's neighbourhood
     * @param model the capsule graph view of a {@code .cgraph} model
     * @param openModel opens a model in {@code model}
     */
    public GraphFeature(FeatureContext context, Function<LongConsumer, Feature> conceptMap, Feature model,
                        Consumer<Path> openModel) {
        NeighbourhoodViewModel viewModel = new NeighbourhoodViewModel(context.engine(), context.executor(),
                context.messages(), context.notifier(), context.journal());
        neighbourhood = new NeighbourhoodView(viewModel, context.messages());
        LongConsumer openToken = id -> {
            select(GraphView.NEIGHBOURHOOD);
            viewModel.open(id);
        };
        views = List.of(Feature.of(neighbourhood), conceptMap.apply(openToken), model);
        buttons = List.of(
                toggle("graph-view-neighbourhood", context.messages().get("graph.view.neighbourhood"), Styles.LEFT_PILL),
                toggle("graph-view-concept-map", context.messages().get("graph.view.conceptMap"), Styles.CENTER_PILL),
                toggle("graph-view-model", context.messages().get("graph.view.model"), Styles.RIGHT_PILL));
        toggle.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // a segmented toggle always has one view selected
            } else {
                root.setCenter(views.get(buttons.indexOf((ToggleButton) now)).node());
            }
        });
        HBox switcher = new HBox(buttons.toArray(Node[]::new));
        switcher.getStyleClass().add(SWITCHER);
        root.getStylesheets().add(Resources.stylesheet(NeighbourhoodView.STYLESHEET));
        root.setTop(switcher);
        select(GraphView.NEIGHBOURHOOD);

        context.navigator().onShowToken(openToken);
        context.navigator().onShowModel(path -> {
            select(GraphView.MODEL);
            openModel.accept(path);
        });
    }

    /** The tab with its three views: neighbourhood, concept map and the capsule graph of a model. */
    public static GraphFeature create(FeatureContext context) {
        CapsuleGraphFeature model = CapsuleGraphFeature.create(context);
        return new GraphFeature(context, open -> ConceptMapFeature.create(context, open), model, model::open);
    }

    public void select(GraphView view) {
        buttons.get(view.ordinal()).setSelected(true);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void close() {
        neighbourhood.close();
        views.forEach(Feature::close);
    }

    private ToggleButton toggle(String id, String text, String pill) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.getStyleClass().add(pill);
        b.setToggleGroup(toggle);
        return b;
    }
}

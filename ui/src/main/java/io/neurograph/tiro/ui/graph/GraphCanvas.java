package io.neurograph.tiro.ui.graph;

import com.brunomnsilva.smartgraph.containers.ContentZoomPane;
import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.GraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartCircularSortedPlacementStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartGraphEdge;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertex;
import com.brunomnsilva.smartgraph.graphview.SmartStylableNode;
import io.neurograph.tiro.ui.support.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Draws a {@link GraphSnapshot} with SmartGraph: keeps SmartGraph's graph ADT in step with the snapshot (by id),
 * places new tokens next to a neighbour already on screen, runs the force layout for a few seconds after each
 * change, and reports clicks as token and connection ids.
 */
final class GraphCanvas {
    /** Peers' default: vertex labels only while fewer tokens than this are on screen. */
    static final int LABELS_BELOW = 200;
    static final String NO_LABELS = "tiro-graph-no-labels";
    static final String ROOT = "tiro-graph-root";
    static final String SELECTED = "tiro-graph-selected";
    static final String ON_PATH = "tiro-graph-path";
    private static final Duration SETTLE = Duration.seconds(4);
    private static final double SPAWN_DISTANCE = 90;

    private final GraphEdgeList<GraphNode, GraphEdge> model = new GraphEdgeList<>();
    private final SmartGraphPanel<GraphNode, GraphEdge> panel;
    private final ContentZoomPane zoom;
    private final Map<Long, Vertex<GraphNode>> vertices = new HashMap<>();
    private final Map<Long, Edge<GraphEdge, GraphNode>> edges = new HashMap<>();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final BooleanProperty liveLayout = new SimpleBooleanProperty(false);
    private final Random random = new Random(7);
    private GraphSnapshot shown = GraphSnapshot.EMPTY;
    private Long selectedNode;
    private Long selectedEdge;
    private boolean initialized;

    GraphCanvas(LongConsumer onNodeClicked, LongConsumer onEdgeClicked, LongConsumer onNodeDoubleClicked) {
        panel = new SmartGraphPanel<>(model, properties(), new SmartCircularSortedPlacementStrategy(), sheet(),
                new ForceDirectedSpringGravityLayoutStrategy<>());
        panel.setVertexLabelProvider(GraphNode::caption);
        panel.setEdgeLabelProvider(e -> String.format(Locale.ROOT, "%s  %.3f",
                NeighbourhoodViewModel.typeTitle(e.type()), e.confidence()));
        panel.setVertexDoubleClickAction(v -> onNodeDoubleClicked.accept(v.getUnderlyingVertex().element().id()));
        // SmartGraph owns the panel's onMouseClicked (for double clicks), so single clicks use a handler
        panel.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                Object target = e.getPickResult().getIntersectedNode();
                for (Node n = (Node) target; n != null && n != panel; n = n.getParent()) {
                    if (n instanceof SmartGraphVertex<?> v) {
                        onNodeClicked.accept(((GraphNode) v.getUnderlyingVertex().element()).id());
                        return;
                    }
                    if (n instanceof SmartGraphEdge<?, ?> edge) {
                        onEdgeClicked.accept(((GraphEdge) edge.getUnderlyingEdge().element()).id());
                        return;
                    }
                }
            }
        });
        zoom = new ContentZoomPane(panel);
        // Clicking the drawing takes the keyboard focus from the search field, so Ctrl+Z undoes graph steps
        zoom.setFocusTraversable(true);
        zoom.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> zoom.requestFocus());
        settle.setOnFinished(e -> panel.setAutomaticLayout(liveLayout.get()));
        liveLayout.addListener((obs, was, on) -> panel.setAutomaticLayout(on || settle.getStatus().equals(
                Animation.Status.RUNNING)));
        panel.widthProperty().addListener((obs, was, now) -> Platform.runLater(this::initWhenShown));
        panel.heightProperty().addListener((obs, was, now) -> Platform.runLater(this::initWhenShown));
    }

    Node node() {
        return zoom;
    }

    BooleanProperty liveLayoutProperty() {
        return liveLayout;
    }

    /** The drawing as it is now, for export. */
    WritableImage snapshot() {
        return panel.snapshot(null, null);
    }

    void show(GraphSnapshot snapshot) {
        boolean reopened = snapshot.root() != shown.root();
        shown = snapshot;
        List<Long> added = syncModel(snapshot);
        if (initialized) {
            render(added, reopened);
        }
    }

    void select(Long node, Long edge) {
        selectedNode = node;
        selectedEdge = edge;
        if (initialized) {
            restyle();
        }
    }

    /** SmartGraph's init() places vertices and needs a shown, non-empty panel; the Graph tab may open later. */
    private void initWhenShown() {
        if (initialized || panel.getScene() == null || panel.getScene().getWindow() == null
                || !panel.getScene().getWindow().isShowing() || panel.getWidth() <= 0 || panel.getHeight() <= 0) {
            return;
        }
        panel.init();
        initialized = true;
        render(List.copyOf(vertices.keySet()), true);
    }

    /** Brings SmartGraph's ADT in step with the snapshot; returns the ids of the tokens it inserted. */
    private List<Long> syncModel(GraphSnapshot snapshot) {
        Map<Long, GraphEdge> wantedEdges = new HashMap<>();
        snapshot.edges().forEach(e -> wantedEdges.put(e.id(), e));
        Set<Long> wantedNodes = new HashSet<>();
        snapshot.nodes().forEach(n -> wantedNodes.add(n.id()));

        edges.entrySet().removeIf(entry -> {
            GraphEdge wanted = wantedEdges.get(entry.getKey());
            if (wanted == null) {
                model.removeEdge(entry.getValue());
                return true;
            }
            if (!wanted.equals(entry.getValue().element())) {
                model.replace(entry.getValue(), wanted); // new confidence after feedback
            }
            return false;
        });
        vertices.entrySet().removeIf(entry -> {
            if (!wantedNodes.contains(entry.getKey())) {
                model.removeVertex(entry.getValue());
                return true;
            }
            return false;
        });
        List<Long> added = new ArrayList<>();
        for (GraphNode n : snapshot.nodes()) {
            if (!vertices.containsKey(n.id())) {
                vertices.put(n.id(), model.insertVertex(n));
                added.add(n.id());
            }
        }
        for (GraphEdge e : snapshot.edges()) {
            if (!edges.containsKey(e.id())) {
                edges.put(e.id(), model.insertEdge(vertices.get(e.tokenA()), vertices.get(e.tokenB()), e));
            }
        }
        return added;
    }

    private void render(List<Long> added, boolean reopened) {
        panel.updateAndWait();
        place(added, reopened);
        if (vertices.size() < LABELS_BELOW) {
            panel.getStyleClass().remove(NO_LABELS);
        } else if (!panel.getStyleClass().contains(NO_LABELS)) {
            panel.getStyleClass().add(NO_LABELS);
        }
        restyle();
        if (!added.isEmpty()) {
            panel.setAutomaticLayout(true);
            settle.playFromStart();
        }
    }

    /**
     * Puts a reopened root in the middle and every new token near a neighbour already placed, so the force
     * layout starts from distinct points (coincident vertices give it nothing to push apart).
     */
    private void place(List<Long> added, boolean reopened) {
        double cx = panel.getWidth() / 2;
        double cy = panel.getHeight() / 2;
        Set<Long> placed = new HashSet<>(vertices.keySet());
        added.forEach(placed::remove);
        if (reopened && vertices.containsKey(shown.root())) {
            panel.setVertexPosition(vertices.get(shown.root()), cx, cy);
            placed.add(shown.root());
        }
        for (long id : added) {
            if (placed.contains(id)) {
                continue;
            }
            double ax = cx;
            double ay = cy;
            for (GraphEdge e : shown.edges()) {
                if (e.touches(id) && placed.contains(e.other(id))) {
                    Vertex<GraphNode> anchor = vertices.get(e.other(id));
                    ax = panel.getVertexPositionX(anchor);
                    ay = panel.getVertexPositionY(anchor);
                    break;
                }
            }
            double angle = random.nextDouble() * 2 * Math.PI;
            double distance = SPAWN_DISTANCE * (0.6 + random.nextDouble() * 0.8);
            panel.setVertexPosition(vertices.get(id), ax + Math.cos(angle) * distance, ay + Math.sin(angle) * distance);
            placed.add(id);
        }
    }

    private void restyle() {
        vertices.forEach((id, vertex) -> {
            SmartStylableNode node = panel.getStylableVertex(vertex);
            if (node == null) {
                return;
            }
            node.removeStyleClass(ROOT);
            node.removeStyleClass(SELECTED);
            node.removeStyleClass(ON_PATH);
            for (EnergyLevel level : EnergyLevel.values()) {
                node.removeStyleClass(level.styleClass());
            }
            Float energy = shown.energies().get(id);
            if (energy != null) {
                node.addStyleClass(EnergyLevel.of(energy).styleClass());
            }
            if (shown.pathNodes().contains(id)) {
                node.addStyleClass(ON_PATH);
            }
            if (id == shown.root()) {
                node.addStyleClass(ROOT);
            }
            if (id.equals(selectedNode)) {
                node.addStyleClass(SELECTED);
            }
        });
        edges.forEach((id, edge) -> {
            SmartStylableNode node = panel.getStylableEdge(edge);
            if (node == null) {
                return;
            }
            node.removeStyleClass(SELECTED);
            node.removeStyleClass(ON_PATH);
            if (shown.pathEdges().contains(id)) {
                node.addStyleClass(ON_PATH);
            }
            if (id.equals(selectedEdge)) {
                node.addStyleClass(SELECTED);
            }
        });
    }

    private static SmartGraphProperties properties() {
        try (InputStream in = Resources.url("graph-smartgraph.properties").openStream()) {
            return new SmartGraphProperties(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI sheet() {
        try {
            return Resources.url("graph-tab.css").toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

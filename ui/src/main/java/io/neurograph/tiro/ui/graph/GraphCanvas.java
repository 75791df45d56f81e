package io.neurograph.tiro.ui.graph;

import com.brunomnsilva.smartgraph.containers.ContentZoomPane;
import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.GraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Draws a {@link GraphSnapshot} with SmartGraph: keeps SmartGraph's graph ADT in step with the snapshot (by id),
 * places new tokens next to a neighbour already on screen, runs the force layout for a few seconds after each
 * change, and reports clicks as token and connection ids.
 *
 * <p>SmartGraph spawns each inserted vertex itself and throws when its spot falls outside the panel (which it
 * does near a corner), leaving its own state half-updated. So every change is diffed and validated first, the
 * drawn tokens are kept inside the panel, and new tokens are inserted one at a time next to an anchor already
 * inside, then moved where we want them.
 */
final class GraphCanvas {
    /** Above this many tokens only the opened and selected tokens and the selected one's neighbours are labelled. */
    static final int LABELS_BELOW = 40;
    static final String NO_LABELS = "tiro-graph-no-labels";
    static final String LABELLED = "tiro-graph-labelled";
    static final String ROOT = "tiro-graph-root";
    static final String SELECTED = "tiro-graph-selected";
    static final String ON_PATH = "tiro-graph-path";
    private static final System.Logger LOG = System.getLogger(GraphCanvas.class.getName());
    private static final Duration SETTLE = Duration.seconds(4);
    private static final double SPAWN_DISTANCE = 60;
    private static final double SPIRAL_STEP = 28;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final long NO_ANCHOR = Long.MIN_VALUE;
    /** Distance kept from the panel's edges: more than SmartGraph's spawn jitter (half a radius) and a label. */
    private static final double MARGIN = 30;

    private final LongConsumer onNodeClicked;
    private final LongConsumer onEdgeClicked;
    private final LongConsumer onNodeDoubleClicked;
    private final StackPane holder = new StackPane();
    private final Map<Long, Vertex<GraphNode>> vertices = new HashMap<>();
    private final Map<Long, Edge<GraphEdge, GraphNode>> edges = new HashMap<>();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final BooleanProperty liveLayout = new SimpleBooleanProperty(false);
    private GraphEdgeList<GraphNode, GraphEdge> model;
    private SmartGraphPanel<GraphNode, GraphEdge> panel;
    private GraphSnapshot shown = GraphSnapshot.EMPTY;
    private long drawnRoot = -1;
    private Long selectedNode;
    private Long selectedEdge;
    private boolean initialized;

    GraphCanvas(LongConsumer onNodeClicked, LongConsumer onEdgeClicked, LongConsumer onNodeDoubleClicked) {
        this.onNodeClicked = onNodeClicked;
        this.onEdgeClicked = onEdgeClicked;
        this.onNodeDoubleClicked = onNodeDoubleClicked;
        settle.setOnFinished(e -> panel.setAutomaticLayout(liveLayout.get()));
        liveLayout.addListener((obs, was, on) -> panel.setAutomaticLayout(on || settle.getStatus().equals(
                Animation.Status.RUNNING)));
        createPanel();
    }

    Node node() {
        return holder;
    }

    BooleanProperty liveLayoutProperty() {
        return liveLayout;
    }

    /** The drawing as it is now, for export. */
    WritableImage snapshot() {
        return panel.snapshot(null, null);
    }

    /** How many tokens SmartGraph draws now (for tests: must equal the snapshot's token count). */
    int drawnNodeCount() {
        return panel.getSmartVertices().size();
    }

    void show(GraphSnapshot snapshot) {
        shown = snapshot;
        draw();
    }

    void select(Long node, Long edge) {
        selectedNode = node;
        selectedEdge = edge;
        if (initialized) {
            restyle();
        }
    }

    private void createPanel() {
        model = new GraphEdgeList<>();
        panel = new SmartGraphPanel<>(model, properties(), new SmartCircularSortedPlacementStrategy(), sheet(),
                new CalmForceLayout(0));
        panel.setVertexLabelProvider(GraphNode::caption);
        panel.setEdgeLabelProvider(e -> String.format(Locale.ROOT, "%s  %.3f",
                NeighbourhoodViewModel.typeTitle(e.type()), e.confidence()));
        panel.setVertexDoubleClickAction(v -> onNodeDoubleClicked.accept(v.getUnderlyingVertex().element().id()));
        // SmartGraph owns the panel's onMouseClicked (for double clicks), so single clicks use a handler
        SmartGraphPanel<GraphNode, GraphEdge> clicked = panel;
        panel.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                Object target = e.getPickResult().getIntersectedNode();
                for (Node n = (Node) target; n != null && n != clicked; n = n.getParent()) {
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
        ContentZoomPane zoom = new ContentZoomPane(panel);
        // Clicking the drawing takes the keyboard focus from the search field, so Ctrl+Z undoes graph steps
        zoom.setFocusTraversable(true);
        zoom.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> zoom.requestFocus());
        // a hidden or collapsed tab has no size: nothing is spawned until it has one again
        panel.widthProperty().addListener((obs, was, now) -> Platform.runLater(this::initOrDraw));
        panel.heightProperty().addListener((obs, was, now) -> Platform.runLater(this::initOrDraw));
        holder.getChildren().setAll(zoom);
    }

    private boolean hasSize() {
        return panel.getWidth() > 2 * MARGIN && panel.getHeight() > 2 * MARGIN;
    }

    /** SmartGraph's init() needs a shown panel with a size; the Graph tab may open later. */
    private void initOrDraw() {
        if (!initialized) {
            if (panel.getScene() == null || panel.getScene().getWindow() == null
                    || !panel.getScene().getWindow().isShowing() || !hasSize()) {
                return;
            }
            panel.init();
            initialized = true;
        }
        draw();
    }

    private void draw() {
        if (!initialized || !hasSize()) {
            return;
        }
        DrawnGraphDiff diff;
        try {
            diff = DrawnGraphDiff.between(vertices.keySet(), drawnEdges(), shown);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.ERROR, "graph snapshot rejected, drawing left as it was", e);
            return;
        }
        try {
            apply(diff);
        } catch (RuntimeException e) {
            // our own checks passed, so SmartGraph failed inside: its state cannot be trusted any more
            LOG.log(System.Logger.Level.ERROR, "SmartGraph failed, drawing the graph afresh", e);
            startAfresh();
        }
    }

    private Map<Long, GraphEdge> drawnEdges() {
        Map<Long, GraphEdge> drawn = new HashMap<>();
        edges.forEach((id, e) -> drawn.put(id, e.element()));
        return drawn;
    }

    private void apply(DrawnGraphDiff diff) {
        boolean reopened = shown.root() != drawnRoot;
        drawnRoot = shown.root();
        diff.removedEdges().forEach(id -> model.removeEdge(edges.remove(id)));
        diff.removedNodes().forEach(id -> model.removeVertex(vertices.remove(id)));
        diff.replacedEdges().forEach(e -> model.replace(edges.get(e.id()), e)); // new confidence after feedback
        Map<Long, List<GraphEdge>> incident = new HashMap<>();
        for (GraphEdge e : diff.addedEdges()) {
            if (vertices.containsKey(e.tokenA()) && vertices.containsKey(e.tokenB())) {
                insertEdge(e);
            } else {
                incident.computeIfAbsent(e.tokenA(), k -> new ArrayList<>()).add(e);
                incident.computeIfAbsent(e.tokenB(), k -> new ArrayList<>()).add(e);
            }
        }
        panel.updateAndWait();
        vertices.values().forEach(v -> moveInside(v, panel.getVertexPositionX(v), panel.getVertexPositionY(v)));
        Map<Long, Integer> placedNear = new HashMap<>();
        for (GraphNode node : anchoredOrder(diff.addedNodes(), incident, reopened)) {
            Vertex<GraphNode> vertex = model.insertVertex(node);
            vertices.put(node.id(), vertex);
            Long anchor = null;
            for (GraphEdge e : incident.getOrDefault(node.id(), List.of())) {
                if (vertices.containsKey(e.other(node.id()))) {
                    insertEdge(e);
                    anchor = anchor == null ? e.other(node.id()) : anchor;
                }
            }
            panel.updateAndWait(); // spawns next to the anchor, which is inside the panel
            if (reopened && node.id() == shown.root()) {
                moveInside(vertex, panel.getWidth() / 2, panel.getHeight() / 2);
            } else {
                Long around = anchor == null ? NO_ANCHOR : anchor;
                int nth = placedNear.merge(around, 1, Integer::sum);
                place(vertex, anchor, nth);
            }
        }
        if (vertices.size() < LABELS_BELOW) {
            panel.getStyleClass().remove(NO_LABELS);
        } else if (!panel.getStyleClass().contains(NO_LABELS)) {
            panel.getStyleClass().add(NO_LABELS);
        }
        restyle();
        if (diff.addsNodes()) {
            panel.setAutomaticLayoutStrategy(new CalmForceLayout(vertices.size()));
            panel.setAutomaticLayout(true);
            settle.playFromStart();
        }
    }

    private void insertEdge(GraphEdge e) {
        edges.put(e.id(), model.insertEdge(vertices.get(e.tokenA()), vertices.get(e.tokenB()), e));
    }

    /**
     * New tokens in the order they can be placed next to a neighbour already drawn: breadth first from the
     * drawn tokens (from the opened token when it is new), unconnected ones last.
     */
    private List<GraphNode> anchoredOrder(List<GraphNode> added, Map<Long, List<GraphEdge>> incident,
                                          boolean reopened) {
        Map<Long, GraphNode> pending = new LinkedHashMap<>();
        added.stream().filter(n -> reopened && n.id() == shown.root()).forEach(n -> pending.put(n.id(), n));
        added.forEach(n -> pending.putIfAbsent(n.id(), n));
        List<GraphNode> ordered = new ArrayList<>();
        Deque<Long> frontier = new ArrayDeque<>(vertices.keySet());
        while (!pending.isEmpty()) {
            if (frontier.isEmpty()) {
                GraphNode next = pending.values().iterator().next();
                pending.remove(next.id());
                ordered.add(next);
                frontier.add(next.id());
                continue;
            }
            long id = frontier.poll();
            for (GraphEdge e : incident.getOrDefault(id, List.of())) {
                GraphNode next = pending.remove(e.other(id));
                if (next != null) {
                    ordered.add(next);
                    frontier.add(next.id());
                }
            }
        }
        return ordered;
    }

    /**
     * Puts the {@code nth} new token of an anchor (or of the middle, without one) on a sunflower spiral around it:
     * evenly spaced however many there are, so the force layout starts without overlapping vertices (which it
     * repels so hard that they fly into the corners).
     */
    private void place(Vertex<GraphNode> vertex, Long anchor, int nth) {
        double x = anchor == null ? panel.getWidth() / 2 : panel.getVertexPositionX(vertices.get(anchor));
        double y = anchor == null ? panel.getHeight() / 2 : panel.getVertexPositionY(vertices.get(anchor));
        double distance = SPAWN_DISTANCE + SPIRAL_STEP * Math.sqrt(nth - 1);
        double angle = nth * GOLDEN_ANGLE + (anchor == null ? 0 : anchor % 360);
        moveInside(vertex, x + Math.cos(angle) * distance, y + Math.sin(angle) * distance);
    }

    private void moveInside(Vertex<GraphNode> vertex, double x, double y) {
        double cx = Double.isFinite(x) ? x : panel.getWidth() / 2;
        double cy = Double.isFinite(y) ? y : panel.getHeight() / 2;
        panel.setVertexPosition(vertex, Math.clamp(cx, MARGIN, panel.getWidth() - MARGIN),
                Math.clamp(cy, MARGIN, panel.getHeight() - MARGIN));
    }

    /** Drops SmartGraph's panel and draws the current snapshot on a new one once it has a size. */
    private void startAfresh() {
        settle.stop();
        panel.setAutomaticLayout(false);
        vertices.clear();
        edges.clear();
        drawnRoot = -1;
        initialized = false;
        createPanel();
    }

    private void restyle() {
        Set<Long> labelled = labelledNodes();
        vertices.forEach((id, vertex) -> {
            SmartStylableNode label = panel.getStylableLabel(vertex);
            if (label != null) {
                label.removeStyleClass(LABELLED);
                if (labelled.contains(id)) {
                    label.addStyleClass(LABELLED);
                }
            }
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

    /** The opened and selected tokens and the selected token's neighbours: labelled even in a crowded view. */
    private Set<Long> labelledNodes() {
        Set<Long> labelled = new HashSet<>();
        labelled.add(shown.root());
        if (selectedNode != null) {
            labelled.add(selectedNode);
            shown.edges().stream().filter(e -> e.touches(selectedNode)).forEach(e -> labelled.add(e.other(selectedNode)));
        }
        return labelled;
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

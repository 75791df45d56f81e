package io.neurograph.tiro.ui.graph;

import io.neurograph.engine.Engine;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The neighbourhood view's state: the loaded subgraph as plain data, the filters, the selection and its
 * details, and the undo history of expansions and collapses. Engine work goes through the executor; results
 * that arrive after another token was opened are dropped.
 */
public final class NeighbourhoodViewModel {
    /** Peers' default (Neo4j Browser initialNodeDisplay): tokens drawn when a neighbourhood is opened. */
    public static final int FIRST_LOAD_NODES = 300;
    /** Peers' default (maxNewNeighbours): tokens one expansion, path or activation may add. */
    public static final int NEW_NEIGHBOURS_PER_CLICK = 100;

    private final NeighbourhoodSource source;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Notifier notifier;
    private final CommandJournal journal;
    private final DetailRows detailRows;

    private final VisibleGraph graph = new VisibleGraph();
    private final CommandStack history = new CommandStack();
    private final Map<Long, Float> energies = new HashMap<>();
    private Set<Long> pathNodes = Set.of();
    private Set<Long> pathEdges = Set.of();
    private long root = -1;
    private long generation;
    private int running;

    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<GraphSnapshot> snapshot = new ReadOnlyObjectWrapper<>(GraphSnapshot.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Long> selectedNode = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> selectedEdge = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper detailsTitle = new ReadOnlyStringWrapper();
    private final ObservableList<DetailRow> details = FXCollections.observableArrayList();
    private final DoubleProperty minConfidence = new SimpleDoubleProperty(EdgeFilter.NONE.minConfidence());
    private final DoubleProperty minWeight = new SimpleDoubleProperty(EdgeFilter.NONE.minWeight());
    private final ObservableSet<Integer> hiddenTypes = FXCollections.observableSet();
    private final ObservableList<Integer> presentTypes = FXCollections.observableArrayList();

    public NeighbourhoodViewModel(Engine engine, TaskExecutor executor, Messages messages, Notifier notifier,
                                  CommandJournal journal) {
        this.source = new NeighbourhoodSource(engine);
        this.executor = executor;
        this.messages = messages;
        this.notifier = notifier;
        this.journal = journal;
        this.detailRows = new DetailRows(messages);
        status.set(messages.get("graph.status.empty"));
        detailsTitle.set(messages.get("graph.details.none"));
        minConfidence.addListener((obs, was, now) -> publish());
        minWeight.addListener((obs, was, now) -> publish());
        hiddenTypes.addListener((SetChangeListener<Integer>) change -> publish());
    }

    // ---- opening -------------------------------------------------------------------------------------------

    /** Opens the token named by {@link #queryProperty()}: an id or an exact label. */
    public void search() {
        String text = query.get().strip();
        if (text.isEmpty()) {
            return;
        }
        run(() -> source.resolve(text), found -> found.ifPresentOrElse(this::open,
                () -> status.set(messages.format("graph.status.notFound", text))));
    }

    /** Replaces the view with the neighbourhood of token {@code id}; the undo history starts afresh. */
    public void open(long id) {
        long opening = ++generation;
        run(() -> source.neighbourhood(id, FIRST_LOAD_NODES), loaded -> {
            if (opening != generation) {
                return;
            }
            graph.clear();
            graph.add(loaded.nodes(), loaded.edges());
            history.clear();
            energies.clear();
            clearPath();
            root = id;
            String name = caption(id);
            query.set(name);
            status.set(loaded.omitted() == 0
                    ? messages.format("graph.status.opened", name, graph.nodeCount(), loaded.edges().size())
                    : messages.format("graph.status.openedCapped", name, graph.nodeCount(), loaded.edges().size(),
                            loaded.omitted()));
            publish();
            selectNode(id);
        });
    }

    // ---- expand, collapse, undo ----------------------------------------------------------------------------

    public void expandSelected() {
        ifNodeSelected(this::expand);
    }

    /** Adds up to {@value #NEW_NEIGHBOURS_PER_CLICK} neighbours of {@code node} not shown yet, most confident first. */
    public void expand(long node) {
        long expanding = generation;
        Set<Long> visible = graph.nodeIds();
        run(() -> source.expansion(node, visible, NEW_NEIGHBOURS_PER_CLICK), loaded -> {
            if (expanding != generation) {
                return;
            }
            String name = caption(node);
            if (loaded.nodes().isEmpty()) {
                status.set(messages.format("graph.status.nothingToExpand", name));
                return;
            }
            apply(GraphChange.adding(graph, messages.format("graph.command.expand", name), loaded.nodes(),
                    newEdges(loaded.edges())));
            status.set(loaded.omitted() == 0
                    ? messages.format("graph.status.expanded", loaded.nodes().size(), name)
                    : messages.format("graph.status.expandedCapped", loaded.nodes().size(), name, loaded.omitted()));
        });
    }

    public void collapseSelected() {
        ifNodeSelected(this::collapse);
    }

    /** Hides the neighbours of {@code node} that nothing else on screen connects to (never the opened token). */
    public void collapse(long node) {
        List<GraphNode> leaves = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (GraphEdge e : graph.edgesOf(node)) {
            long other = e.other(node);
            if (other != root && other != node && graph.edgesOf(other).stream().allMatch(x -> x.touches(node))) {
                if (leaves.stream().noneMatch(n -> n.id() == other)) {
                    leaves.add(graph.node(other));
                    edges.addAll(graph.edgesOf(other));
                }
            }
        }
        String name = caption(node);
        if (leaves.isEmpty()) {
            status.set(messages.format("graph.status.nothingToCollapse", name));
            return;
        }
        apply(GraphChange.removing(graph, messages.format("graph.command.collapse", name), leaves, edges));
        status.set(messages.format("graph.status.collapsed", leaves.size(), name));
    }

    public void undo() {
        String description = history.undoDescriptionProperty().get();
        if (history.undo()) {
            afterHistoryStep(messages.format("graph.status.undone", description));
        }
    }

    public void redo() {
        String description = history.redoDescriptionProperty().get();
        if (history.redo()) {
            afterHistoryStep(messages.format("graph.status.redone", description));
        }
    }

    // ---- path and spreading activation ---------------------------------------------------------------------

    /** Shows the fewest-hops path from the selected token to the token named {@code target} (id or label). */
    public void findPathTo(String target) {
        Long from = selectedNode.get();
        if (from == null || target.isBlank()) {
            return;
        }
        long searching = generation;
        Set<Long> visible = graph.nodeIds();
        run(() -> source.resolve(target).map(to -> new PathQuery(to, source.path(from, to, visible))), found -> {
            if (searching != generation) {
                return;
            }
            if (found.isEmpty()) {
                status.set(messages.format("graph.status.notFound", target.strip()));
                return;
            }
            long to = found.get().to();
            Optional<NeighbourhoodSource.PathFound> path = found.get().path();
            if (path.isEmpty()) {
                status.set(messages.format("graph.status.noPath", caption(from), caption(to)));
                return;
            }
            NeighbourhoodSource.PathFound p = path.get();
            String toName = p.loaded().nodes().stream().filter(n -> n.id() == to).findFirst()
                    .map(GraphNode::caption).orElseGet(() -> caption(to));
            if (!p.loaded().nodes().isEmpty() || !newEdges(p.loaded().edges()).isEmpty()) {
                apply(GraphChange.adding(graph, messages.format("graph.command.path", caption(from), toName),
                        p.loaded().nodes(), newEdges(p.loaded().edges())));
            }
            pathNodes = Set.copyOf(p.nodes());
            pathEdges = Set.copyOf(p.edges());
            publish();
            status.set(messages.format("graph.status.path", caption(from), toName, p.edges().size()));
        });
    }

    /** Spreads energy from the selected token; tokens are coloured by energy and the strongest brought in. */
    public void spreadActivation() {
        ifNodeSelected(node -> {
            long spreading = generation;
            Set<Long> visible = graph.nodeIds();
            run(() -> source.activation(node, visible, NEW_NEIGHBOURS_PER_CLICK), result -> {
                if (spreading != generation) {
                    return;
                }
                String name = caption(node);
                if (!result.loaded().nodes().isEmpty()) {
                    apply(GraphChange.adding(graph, messages.format("graph.command.activation", name),
                            result.loaded().nodes(), newEdges(result.loaded().edges())));
                }
                energies.clear();
                energies.putAll(result.energies());
                publish();
                status.set(messages.format("graph.status.activation", name, result.activated()));
            });
        });
    }

    public void clearHighlights() {
        energies.clear();
        clearPath();
        publish();
    }

    // ---- selection, details and connection actions ---------------------------------------------------------

    public void selectNode(long id) {
        selectedEdge.set(null);
        selectedNode.set(id);
        run(() -> source.token(id), d -> {
            if (Long.valueOf(id).equals(selectedNode.get())) {
                detailsTitle.set(messages.format("graph.details.token", caption(id)));
                details.setAll(detailRows.token(d));
            }
        });
    }

    public void selectEdge(long id) {
        selectedNode.set(null);
        selectedEdge.set(id);
        run(() -> source.connection(id), this::showConnection);
    }

    /** Records a use of the selected connection, like {@code tiro connection activate ID}. */
    public void activateSelectedConnection() {
        Long id = selectedEdge.get();
        if (id != null) {
            run(() -> source.activate(id), edge -> {
                journal.echo("connection activate " + id);
                changed(edge);
            });
        }
    }

    /** Teaches the selected connection, like {@code tiro connection feedback ID --success|--failure}. */
    public void feedbackSelectedConnection(boolean success) {
        Long id = selectedEdge.get();
        if (id != null) {
            run(() -> source.feedback(id, success), edge -> {
                journal.echo("connection feedback " + id + (success ? " --success" : " --failure"));
                changed(edge);
            });
        }
    }

    /** Writes the drawing's pixels (read on the FX thread) as a PNG file, off the FX thread. */
    public void exportPng(Path file, int width, int height, int[] argb) {
        run(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                PngWriter.write(width, height, argb, out);
            }
            return file;
        }, saved -> notifier.info(messages.get("graph.export.title"), messages.format("graph.export.done", saved)));
    }

    /** The label (or #id) of the selected token, empty when a connection or nothing is selected. */
    public String selectedNodeCaption() {
        Long node = selectedNode.get();
        return node == null ? "" : caption(node);
    }

    // ---- filters -------------------------------------------------------------------------------------------

    public void setTypeShown(int type, boolean shown) {
        if (shown) {
            hiddenTypes.remove(type);
        } else {
            hiddenTypes.add(type);
        }
    }

    public EdgeFilter filter() {
        return new EdgeFilter(hiddenTypes, minConfidence.get(), minWeight.get());
    }

    /** The upstream name of a connection type, e.g. SimilarTo, or its hex code when undefined. */
    public static String typeTitle(int type) {
        return ConnectionType.isDefined(type) ? ConnectionType.of(type).title() : String.format("0x%02X", type);
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<GraphSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> selectedEdgeProperty() {
        return selectedEdge.getReadOnlyProperty();
    }

    public BooleanBinding nodeSelected() {
        return Bindings.isNotNull(selectedNode);
    }

    public BooleanBinding edgeSelected() {
        return Bindings.isNotNull(selectedEdge);
    }

    public ReadOnlyStringProperty detailsTitleProperty() {
        return detailsTitle.getReadOnlyProperty();
    }

    public ObservableList<DetailRow> details() {
        return FXCollections.unmodifiableObservableList(details);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return history.undoDescriptionProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return history.redoDescriptionProperty();
    }

    public DoubleProperty minConfidenceProperty() {
        return minConfidence;
    }

    public DoubleProperty minWeightProperty() {
        return minWeight;
    }

    public ObservableSet<Integer> hiddenTypes() {
        return FXCollections.unmodifiableObservableSet(hiddenTypes);
    }

    /** Connection types among the loaded connections, for the type filter. */
    public ObservableList<Integer> presentTypes() {
        return FXCollections.unmodifiableObservableList(presentTypes);
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private record PathQuery(long to, Optional<NeighbourhoodSource.PathFound> path) {
    }

    private void apply(GraphChange change) {
        history.execute(change);
        publish();
    }

    private void afterHistoryStep(String message) {
        if (selectedNode.get() != null && !graph.containsNode(selectedNode.get())
                || selectedEdge.get() != null && !graph.containsEdge(selectedEdge.get())) {
            clearSelection();
        }
        status.set(message);
        publish();
    }

    private void clearSelection() {
        selectedNode.set(null);
        selectedEdge.set(null);
        details.clear();
        detailsTitle.set(messages.get("graph.details.none"));
    }

    private void clearPath() {
        pathNodes = Set.of();
        pathEdges = Set.of();
    }

    private void changed(GraphEdge edge) {
        graph.replace(edge);
        publish();
        status.set(messages.format("graph.status.connectionChanged", edge.id(), edge.confidence()));
        if (Long.valueOf(edge.id()).equals(selectedEdge.get())) {
            selectEdge(edge.id());
        }
    }

    private void showConnection(NeighbourhoodSource.ConnectionDetails d) {
        if (Long.valueOf(d.entry().id()).equals(selectedEdge.get())) {
            detailsTitle.set(messages.format("graph.details.connection", d.entry().id()));
            details.setAll(detailRows.connection(d));
        }
    }

    private void ifNodeSelected(Consumer<Long> action) {
        Long node = selectedNode.get();
        if (node != null) {
            action.accept(node);
        }
    }

    private List<GraphEdge> newEdges(List<GraphEdge> edges) {
        return edges.stream().filter(e -> !graph.containsEdge(e.id())).toList();
    }

    private String caption(long id) {
        GraphNode node = graph.node(id);
        return node == null ? "#" + id : node.caption();
    }

    /** Filters the loaded graph and hands the result to the view. */
    private void publish() {
        EdgeFilter filter = filter();
        List<GraphEdge> edges = graph.edges().stream().filter(filter::accepts).toList();
        Set<Long> connected = ends(edges);
        Set<Long> loose = new HashSet<>(graph.nodeIds());
        loose.removeAll(ends(graph.edges()));
        // A token whose every connection is filtered out disappears with them; the opened token always stays.
        List<GraphNode> nodes = graph.nodes().stream()
                .filter(n -> n.id() == root || connected.contains(n.id()) || loose.contains(n.id()))
                .toList();
        snapshot.set(new GraphSnapshot(root, nodes, edges, energies, pathNodes, pathEdges));
        List<Integer> types = graph.types();
        if (!types.equals(presentTypes)) {
            presentTypes.setAll(types);
        }
    }

    private static Set<Long> ends(Collection<GraphEdge> edges) {
        Set<Long> ends = new HashSet<>();
        edges.forEach(e -> {
            ends.add(e.tokenA());
            ends.add(e.tokenB());
        });
        return ends;
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        running++;
        busy.set(true);
        executor.execute(work, result -> {
            finished();
            onSuccess.accept(result);
        }, failure -> {
            finished();
            notifier.error(messages.get("graph.error.title"), failure);
        });
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}

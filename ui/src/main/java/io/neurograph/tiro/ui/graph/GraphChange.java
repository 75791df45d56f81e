package io.neurograph.tiro.ui.graph;

import java.util.List;

/**
 * Adds and removes tokens and connections of the visible graph: an expansion adds, a collapse removes. It holds
 * the data itself, so undo and redo need no engine call.
 */
final class GraphChange implements UndoableCommand {
    private final VisibleGraph graph;
    private final String description;
    private final List<GraphNode> addedNodes;
    private final List<GraphEdge> addedEdges;
    private final List<GraphNode> removedNodes;
    private final List<GraphEdge> removedEdges;

    private GraphChange(VisibleGraph graph, String description, List<GraphNode> addedNodes,
                        List<GraphEdge> addedEdges, List<GraphNode> removedNodes, List<GraphEdge> removedEdges) {
        this.graph = graph;
        this.description = description;
        this.addedNodes = List.copyOf(addedNodes);
        this.addedEdges = List.copyOf(addedEdges);
        this.removedNodes = List.copyOf(removedNodes);
        this.removedEdges = List.copyOf(removedEdges);
    }

    static GraphChange adding(VisibleGraph graph, String description, List<GraphNode> nodes, List<GraphEdge> edges) {
        return new GraphChange(graph, description, nodes, edges, List.of(), List.of());
    }

    static GraphChange removing(VisibleGraph graph, String description, List<GraphNode> nodes, List<GraphEdge> edges) {
        return new GraphChange(graph, description, List.of(), List.of(), nodes, edges);
    }

    @Override
    public void execute() {
        graph.remove(removedNodes, removedEdges);
        graph.add(addedNodes, addedEdges);
    }

    @Override
    public void undo() {
        graph.remove(addedNodes, addedEdges);
        graph.add(removedNodes, removedEdges);
    }

    @Override
    public String description() {
        return description;
    }
}

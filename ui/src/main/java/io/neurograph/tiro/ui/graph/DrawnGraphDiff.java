package io.neurograph.tiro.ui.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the canvas must change to draw a snapshot, computed and validated before SmartGraph is touched, so a bad
 * snapshot is rejected whole instead of leaving SmartGraph's model half-updated.
 *
 * @param removedEdges ids of drawn connections to remove (every connection of a removed token is among them)
 * @param removedNodes ids of drawn tokens to remove
 * @param replacedEdges drawn connections whose fields changed (same id and ends)
 * @param addedNodes tokens to insert, in snapshot order
 * @param addedEdges connections to insert
 */
record DrawnGraphDiff(List<Long> removedEdges, List<Long> removedNodes, List<GraphEdge> replacedEdges,
                      List<GraphNode> addedNodes, List<GraphEdge> addedEdges) {

    DrawnGraphDiff {
        removedEdges = List.copyOf(removedEdges);
        removedNodes = List.copyOf(removedNodes);
        replacedEdges = List.copyOf(replacedEdges);
        addedNodes = List.copyOf(addedNodes);
        addedEdges = List.copyOf(addedEdges);
    }

    /**
     * @throws IllegalArgumentException when the snapshot repeats an id or has a connection whose end is not one of
     *         its tokens
     */
    static DrawnGraphDiff between(Set<Long> drawnNodes, Map<Long, GraphEdge> drawnEdges, GraphSnapshot target) {
        Set<Long> wantedNodes = new HashSet<>();
        for (GraphNode n : target.nodes()) {
            if (!wantedNodes.add(n.id())) {
                throw new IllegalArgumentException("token " + n.id() + " is twice in the snapshot");
            }
        }
        Set<Long> wantedEdges = new HashSet<>();
        List<Long> removedEdges = new ArrayList<>();
        List<GraphEdge> replacedEdges = new ArrayList<>();
        List<GraphEdge> addedEdges = new ArrayList<>();
        for (GraphEdge e : target.edges()) {
            if (!wantedEdges.add(e.id())) {
                throw new IllegalArgumentException("connection " + e.id() + " is twice in the snapshot");
            }
            if (!wantedNodes.contains(e.tokenA()) || !wantedNodes.contains(e.tokenB())) {
                throw new IllegalArgumentException("connection " + e.id() + " ends outside the snapshot");
            }
            GraphEdge drawn = drawnEdges.get(e.id());
            if (drawn == null) {
                addedEdges.add(e);
            } else if (drawn.tokenA() != e.tokenA() || drawn.tokenB() != e.tokenB()) {
                removedEdges.add(e.id()); // cannot happen for real connections; redraw rather than drift
                addedEdges.add(e);
            } else if (!drawn.equals(e)) {
                replacedEdges.add(e);
            }
        }
        drawnEdges.keySet().stream().filter(id -> !wantedEdges.contains(id)).forEach(removedEdges::add);
        List<Long> removedNodes = drawnNodes.stream().filter(id -> !wantedNodes.contains(id)).toList();
        List<GraphNode> addedNodes = target.nodes().stream().filter(n -> !drawnNodes.contains(n.id())).toList();
        return new DrawnGraphDiff(removedEdges, removedNodes, replacedEdges, addedNodes, addedEdges);
    }

    boolean addsNodes() {
        return !addedNodes.isEmpty();
    }
}

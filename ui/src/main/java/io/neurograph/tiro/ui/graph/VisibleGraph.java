package io.neurograph.tiro.ui.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The tokens and connections currently loaded into the neighbourhood view, before filtering. Plain data. */
final class VisibleGraph {
    private final Map<Long, GraphNode> nodes = new LinkedHashMap<>();
    private final Map<Long, GraphEdge> edges = new LinkedHashMap<>();

    void clear() {
        nodes.clear();
        edges.clear();
    }

    void add(Collection<GraphNode> newNodes, Collection<GraphEdge> newEdges) {
        newNodes.forEach(n -> nodes.put(n.id(), n));
        newEdges.forEach(e -> edges.put(e.id(), e));
    }

    void remove(Collection<GraphNode> oldNodes, Collection<GraphEdge> oldEdges) {
        oldEdges.forEach(e -> edges.remove(e.id()));
        oldNodes.forEach(n -> nodes.remove(n.id()));
    }

    /** Replaces a connection whose fields changed (after activation or feedback). */
    void replace(GraphEdge edge) {
        edges.replace(edge.id(), edge);
    }

    boolean containsNode(long id) {
        return nodes.containsKey(id);
    }

    boolean containsEdge(long id) {
        return edges.containsKey(id);
    }

    GraphNode node(long id) {
        return nodes.get(id);
    }

    Set<Long> nodeIds() {
        return Set.copyOf(nodes.keySet());
    }

    Collection<GraphNode> nodes() {
        return List.copyOf(nodes.values());
    }

    Collection<GraphEdge> edges() {
        return List.copyOf(edges.values());
    }

    List<GraphEdge> edgesOf(long node) {
        List<GraphEdge> out = new ArrayList<>();
        for (GraphEdge e : edges.values()) {
            if (e.touches(node)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Connection type codes present, ascending, for the type filter. */
    List<Integer> types() {
        Set<Integer> types = new TreeSet<>();
        edges.values().forEach(e -> types.add(e.type()));
        return List.copyOf(types);
    }

    int nodeCount() {
        return nodes.size();
    }
}

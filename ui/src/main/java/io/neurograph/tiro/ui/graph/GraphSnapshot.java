package io.neurograph.tiro.ui.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the neighbourhood view draws, after filtering: immutable, so the view can diff it against what it shows.
 *
 * @param root the token the neighbourhood was opened on, or -1 when nothing is open
 * @param energies spreading-activation energy per token id (absent: not activated)
 * @param pathNodes tokens of the last path found, drawn highlighted
 * @param pathEdges connections of that path
 */
public record GraphSnapshot(long root, List<GraphNode> nodes, List<GraphEdge> edges, Map<Long, Float> energies,
                            Set<Long> pathNodes, Set<Long> pathEdges) {
    public static final GraphSnapshot EMPTY = new GraphSnapshot(-1, List.of(), List.of(), Map.of(), Set.of(), Set.of());

    public GraphSnapshot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        energies = Map.copyOf(energies);
        pathNodes = Set.copyOf(pathNodes);
        pathEdges = Set.copyOf(pathEdges);
    }
}

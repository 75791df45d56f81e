package io.neurograph.engine.graph;

import java.util.List;

/**
 * A walk through the graph: {@code nodes} from start to end and the {@code edges} between them
 * (one fewer than nodes, or both empty). {@code totalCost} is the sum of edge costs for path
 * queries; {@link ActivationResult#strongestPath()} puts the end node's energy there instead.
 */
public record Path(List<Long> nodes, List<Long> edges, float totalCost) {
    public Path {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (nodes.isEmpty() ? !edges.isEmpty() : edges.size() != nodes.size() - 1) {
            throw new IllegalArgumentException("A path with " + nodes.size() + " nodes needs "
                    + Math.max(0, nodes.size() - 1) + " edges, got " + edges.size());
        }
    }

    /** Number of hops. */
    public int length() {
        return edges.size();
    }
}

package io.neurograph.engine.graph;

import java.util.List;

/**
 * A node reached by spreading activation.
 *
 * @param depth hops from the source
 * @param path node ids from the source to this node along its strongest incoming transfers
 */
public record ActivatedNode(long node, float energy, int depth, List<Long> path) {
    public ActivatedNode {
        path = List.copyOf(path);
    }
}

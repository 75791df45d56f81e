package io.neurograph.engine.graph;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of spreading activation.
 *
 * @param activated nodes at or above the activation threshold, strongest first (source excluded)
 * @param nodesVisited nodes that spread energy or were reached at the depth limit, source included
 * @param maxDepthReached deepest wave that held energy
 * @param strongestPath the path to the strongest node; its {@code totalCost} carries that node's
 *     energy (upstream convention)
 */
public record ActivationResult(List<ActivatedNode> activated, int nodesVisited, int maxDepthReached,
        Optional<Path> strongestPath) {
    public ActivationResult {
        activated = List.copyOf(activated);
    }
}

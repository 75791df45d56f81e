package io.neurograph.engine.graph;

import java.util.Set;

/** A set of nodes and the edges among them; both sets are immutable. */
public record Subgraph(Set<Long> nodes, Set<Long> edges) {
    public Subgraph {
        nodes = Set.copyOf(nodes);
        edges = Set.copyOf(edges);
    }
}

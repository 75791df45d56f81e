package io.neurograph.tiro.ui.graph;

import java.util.Set;

/** Which connections are drawn: not of a hidden type, at least this confident and at least this heavy. */
public record EdgeFilter(Set<Integer> hiddenTypes, double minConfidence, double minWeight) {
    /** Pull strengths lie within ±10, so this lets every connection through. */
    public static final EdgeFilter NONE = new EdgeFilter(Set.of(), 0, -10);

    public EdgeFilter {
        hiddenTypes = Set.copyOf(hiddenTypes);
    }

    public boolean accepts(GraphEdge edge) {
        return !hiddenTypes.contains(edge.type()) && edge.confidence() >= minConfidence && edge.weight() >= minWeight;
    }
}

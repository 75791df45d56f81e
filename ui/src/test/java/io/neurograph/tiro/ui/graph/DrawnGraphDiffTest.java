package io.neurograph.tiro.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DrawnGraphDiffTest {
    private static final GraphNode A = new GraphNode(1, "a");
    private static final GraphNode B = new GraphNode(2, "b");
    private static final GraphNode C = new GraphNode(3, "c");
    private static final GraphEdge AB = new GraphEdge(10, 1, 2, 1, 0.5, 0);
    private static final GraphEdge BC = new GraphEdge(11, 2, 3, 1, 0.5, 0);

    @Test
    void listsWhatToRemoveReplaceAndAdd() {
        GraphEdge strongerAb = new GraphEdge(10, 1, 2, 1, 0.9, 0);
        DrawnGraphDiff diff = DrawnGraphDiff.between(Set.of(1L, 2L, 3L), Map.of(10L, AB, 11L, BC),
                snapshot(List.of(A, B), List.of(strongerAb)));
        assertThat(diff.removedEdges()).containsExactly(11L);
        assertThat(diff.removedNodes()).containsExactly(3L);
        assertThat(diff.replacedEdges()).containsExactly(strongerAb);
        assertThat(diff.addsNodes()).isFalse();

        DrawnGraphDiff growing = DrawnGraphDiff.between(Set.of(1L, 2L), Map.of(10L, AB),
                snapshot(List.of(A, B, C), List.of(AB, BC)));
        assertThat(growing.addedNodes()).containsExactly(C);
        assertThat(growing.addedEdges()).containsExactly(BC);
        assertThat(growing.removedEdges()).isEmpty();
        assertThat(growing.replacedEdges()).isEmpty();
    }

    @Test
    void rejectsASnapshotWhoseConnectionEndsOutsideIt() {
        assertThatThrownBy(() -> DrawnGraphDiff.between(Set.of(), Map.of(), snapshot(List.of(A, B), List.of(BC))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrawnGraphDiff.between(Set.of(), Map.of(), snapshot(List.of(A, A), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static GraphSnapshot snapshot(List<GraphNode> nodes, List<GraphEdge> edges) {
        return new GraphSnapshot(1, nodes, edges, Map.of(), Set.of(), Set.of());
    }
}

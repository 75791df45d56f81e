package io.neurograph.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphTest {
    private static Graph withNodes(long... ids) {
        Graph g = new Graph();
        for (long id : ids) {
            g.addNode(id);
        }
        return g;
    }

    private static long link(Graph g, long from, long to, float weight, boolean bidirectional) {
        long id = Graph.edgeId(from, to, 0);
        g.addEdge(id, from, to, 0, weight, bidirectional);
        return id;
    }

    @Test
    void edgeIdMatchesUpstreamVectors() {
        assertThat(Graph.edgeId(1, 2, 0)).isEqualTo(7779954275409725554L);
        assertThat(Graph.edgeId(2, 1, 0)).isEqualTo(11903084451507074L);
        assertThat(Graph.edgeId(1, 2, 1)).isNotEqualTo(Graph.edgeId(1, 2, 0));
    }

    @Test
    void nodesAndEdgesLifecycle() {
        Graph g = withNodes(1, 2, 3);
        assertThat(g.addNode(1)).isFalse();
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.nodes()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(g.addEdge(10, 1, 2, 5, 0.5f, true)).isTrue();
        assertThat(g.addEdge(10, 2, 3, 5, 0.9f, false)).isFalse(); // no overwrite
        assertThat(g.edge(10)).contains(new EdgeInfo(1, 2, 5, 0.5f, true));
        g.updateEdgeWeight(10, 0.25f);
        assertThat(g.edge(10).orElseThrow().weight()).isEqualTo(0.25f);
        assertThat(g.removeEdge(10)).isTrue();
        assertThat(g.removeEdge(10)).isFalse();
        assertThat(g.containsEdge(10)).isFalse();
        assertThat(g.edge(10)).isEmpty();
    }

    @Test
    void removeNodeRemovesItsEdgesIncludingSelfLoops() {
        Graph g = withNodes(1, 2, 3);
        link(g, 1, 2, 1, false);
        link(g, 2, 3, 1, true);
        link(g, 2, 2, 1, true);
        link(g, 3, 1, 1, false);
        assertThat(g.removeNode(2)).isTrue();
        assertThat(g.edgeCount()).isEqualTo(1);
        assertThat(g.neighbors(1, Direction.BOTH)).isEmpty();
        assertThat(g.neighbors(3, Direction.OUTGOING)).containsExactly(new Adjacent(1, Graph.edgeId(3, 1, 0)));
        assertThat(g.removeNode(2)).isFalse();
        g.addNode(2); // reuses the freed slot cleanly
        assertThat(g.degree(2, Direction.BOTH)).isZero();
    }

    @Test
    void directionSemantics() {
        Graph g = withNodes(1, 2, 3, 4);
        long a = link(g, 1, 2, 1, false);
        long b = link(g, 3, 1, 1, true);
        long c = link(g, 4, 1, 1, false);
        assertThat(g.neighbors(1, Direction.OUTGOING)).containsExactly(new Adjacent(2, a));
        assertThat(g.neighbors(1, Direction.INCOMING)).containsExactly(new Adjacent(3, b), new Adjacent(4, c));
        // BOTH: all out-targets plus sources of bidirectional in-edges only.
        assertThat(g.neighbors(1, Direction.BOTH)).containsExactly(new Adjacent(2, a), new Adjacent(3, b));
        assertThat(g.degree(1, Direction.OUTGOING)).isEqualTo(1);
        assertThat(g.degree(1, Direction.INCOMING)).isEqualTo(2);
        assertThat(g.degree(1, Direction.BOTH)).isEqualTo(2);
    }

    @Test
    void bfsVisitsByDepthAndStopsExpandingAtMaxDepth() {
        Graph g = withNodes(1, 2, 3, 4, 5);
        link(g, 1, 2, 1, false);
        link(g, 1, 3, 1, false);
        link(g, 2, 4, 1, false);
        link(g, 4, 5, 1, false);
        List<String> seen = new ArrayList<>();
        g.bfs(1, 2, (n, d) -> seen.add(n + "@" + d));
        assertThat(seen).containsExactly("1@0", "2@1", "3@1", "4@2");
        seen.clear();
        g.bfs(1, 0, (n, d) -> seen.add(n + "@" + d));
        assertThat(seen).containsExactly("1@0");
    }

    @Test
    void dfsExploresFirstListedNeighbourFirst() {
        Graph g = withNodes(1, 2, 3, 4);
        link(g, 1, 2, 1, false);
        link(g, 1, 3, 1, false);
        link(g, 2, 4, 1, false);
        List<String> seen = new ArrayList<>();
        g.dfs(1, Integer.MAX_VALUE, (n, d) -> seen.add(n + "@" + d));
        assertThat(seen).containsExactly("1@0", "2@1", "4@2", "3@1");
    }

    @Test
    void visitorMayModifyTheGraph() {
        Graph g = withNodes(1, 2);
        link(g, 1, 2, 1, false);
        g.bfs(1, 5, (n, d) -> g.addNode(100 + n)); // would deadlock if called under the read lock
        assertThat(g.nodeCount()).isEqualTo(4);
    }

    @Test
    void shortestPathCountsHopsAndDijkstraUsesInverseWeights() {
        Graph g = withNodes(1, 2, 3, 4);
        long direct = link(g, 1, 4, 0.1f, false); // cost 10
        long a = link(g, 1, 2, 1f, false);
        long b = link(g, 2, 3, 0.5f, false); // cost 2
        long c = link(g, 3, 4, 0f, false); // weight <= 0 costs 1
        Path hops = g.shortestPath(1, 4).orElseThrow();
        assertThat(hops.nodes()).containsExactly(1L, 4L);
        assertThat(hops.edges()).containsExactly(direct);
        assertThat(hops.totalCost()).isEqualTo(10f);
        Path cheap = g.dijkstra(1, 4).orElseThrow();
        assertThat(cheap.nodes()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(cheap.edges()).containsExactly(a, b, c);
        assertThat(cheap.totalCost()).isEqualTo(4f);
        assertThat(cheap.length()).isEqualTo(3);
        assertThat(g.shortestPath(4, 1)).isEmpty(); // edges are one-way
        assertThat(g.dijkstra(2, 2).orElseThrow()).isEqualTo(new Path(List.of(2L), List.of(), 0f));
    }

    @Test
    void bidirectionalEdgesCanBeWalkedBackwards() {
        Graph g = withNodes(1, 2);
        long e = link(g, 1, 2, 1, true);
        assertThat(g.shortestPath(2, 1).orElseThrow().edges()).containsExactly(e);
    }

    @Test
    void subgraphs() {
        Graph g = withNodes(1, 2, 3, 4);
        long a = link(g, 1, 2, 1, false);
        long b = link(g, 2, 3, 1, false);
        link(g, 3, 4, 1, false);
        assertThat(g.inducedSubgraph(Set.of(1L, 2L, 4L))).isEqualTo(new Subgraph(Set.of(1L, 2L, 4L), Set.of(a)));
        assertThat(g.neighborhood(1, 2)).isEqualTo(new Subgraph(Set.of(1L, 2L, 3L), Set.of(a, b)));
    }

    @Test
    void unknownIdsAndBadValuesAreRejectedWithTheirValue() {
        Graph g = withNodes(1);
        assertThatThrownBy(() -> g.addEdge(5, 1, 99, 0, 1, false))
                .isInstanceOf(UnknownNodeException.class).hasMessage("Node 99 is not in the graph");
        assertThatThrownBy(() -> g.neighbors(7, Direction.BOTH)).isInstanceOf(UnknownNodeException.class).hasMessageContaining("7");
        assertThatThrownBy(() -> g.shortestPath(1, 8)).isInstanceOf(UnknownNodeException.class).hasMessageContaining("8");
        assertThatThrownBy(() -> g.inducedSubgraph(Set.of(1L, 9L))).isInstanceOf(UnknownNodeException.class);
        assertThatThrownBy(() -> g.updateEdgeWeight(-1L, 1)).isInstanceOf(UnknownEdgeException.class)
                .hasMessageContaining("18446744073709551615");
        assertThatThrownBy(() -> g.addEdge(5, 1, 1, 256, 1, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("256");
        assertThatThrownBy(() -> g.addEdge(5, 1, 1, 0, Float.NaN, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> g.addNode(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> g.bfs(1, -1, (n, d) -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Path(List.of(1L, 2L), List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearRemovesEverything() {
        Graph g = withNodes(1, 2);
        link(g, 1, 2, 1, false);
        g.clear();
        assertThat(g.nodeCount()).isZero();
        assertThat(g.edgeCount()).isZero();
        assertThat(g.containsNode(1)).isFalse();
        g.addNode(3);
        assertThat(g.nodes()).containsExactly(3L);
    }
}

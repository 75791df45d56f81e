package io.neurograph.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random graphs checked against a naive list-of-edges model. */
class GraphPropertyTest {
    private record E(long id, long from, long to, float weight, boolean bidi) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void matchesNaiveModel(long seed) {
        Random rnd = new Random(seed);
        Graph g = new Graph();
        TreeSet<Long> nodes = new TreeSet<>();
        Map<Long, E> edges = new LinkedHashMap<>(); // insertion order = adjacency order
        for (int step = 0; step < 3000; step++) {
            int op = rnd.nextInt(10);
            long a = rnd.nextInt(60);
            long b = rnd.nextInt(60);
            if (op < 3) {
                assertThat(g.addNode(a)).isEqualTo(nodes.add(a));
            } else if (op == 3) {
                assertThat(g.removeNode(a)).isEqualTo(nodes.remove(a));
                edges.values().removeIf(e -> e.from == a || e.to == a);
            } else if (op < 9 && nodes.contains(a) && nodes.contains(b)) {
                long id = Graph.edgeId(a, b, rnd.nextInt(2));
                E e = new E(id, a, b, rnd.nextInt(5) * 0.25f, rnd.nextBoolean());
                boolean added = g.addEdge(id, a, b, 0, e.weight, e.bidi);
                assertThat(added).isEqualTo(!edges.containsKey(id));
                edges.putIfAbsent(id, e);
            } else if (!edges.isEmpty()) {
                long id = new ArrayList<>(edges.keySet()).get(rnd.nextInt(edges.size()));
                assertThat(g.removeEdge(id)).isTrue();
                edges.remove(id);
            }
        }
        assertThat(g.nodeCount()).isEqualTo(nodes.size());
        assertThat(g.edgeCount()).isEqualTo(edges.size());
        for (long n : nodes) {
            assertThat(g.neighbors(n, Direction.BOTH)).isEqualTo(naiveBoth(edges, n));
        }
        List<Long> ids = new ArrayList<>(nodes);
        for (int q = 0; q < 100; q++) {
            long a = ids.get(rnd.nextInt(ids.size()));
            long b = ids.get(rnd.nextInt(ids.size()));
            double[] hops = bellmanFord(nodes, edges, a, b, true);
            double[] costs = bellmanFord(nodes, edges, a, b, false);
            Optional<Path> bfs = g.shortestPath(a, b);
            Optional<Path> dij = g.dijkstra(a, b);
            assertThat(bfs.isPresent()).isEqualTo(hops[0] < Double.POSITIVE_INFINITY);
            assertThat(dij.isPresent()).isEqualTo(costs[0] < Double.POSITIVE_INFINITY);
            bfs.ifPresent(p -> assertThat(p.length()).isEqualTo((int) hops[0]));
            dij.ifPresent(p -> assertThat((double) p.totalCost()).isCloseTo(costs[0], within(1e-4)));
            dij.ifPresent(p -> assertWalkable(edges, p));
        }
    }

    private static List<Adjacent> naiveBoth(Map<Long, E> edges, long n) {
        List<Adjacent> out = new ArrayList<>();
        edges.values().stream().filter(e -> e.from == n).forEach(e -> out.add(new Adjacent(e.to, e.id)));
        edges.values().stream().filter(e -> e.to == n && e.bidi).forEach(e -> out.add(new Adjacent(e.from, e.id)));
        return out;
    }

    private static void assertWalkable(Map<Long, E> edges, Path p) {
        for (int i = 0; i < p.length(); i++) {
            E e = edges.get(p.edges().get(i));
            long u = p.nodes().get(i);
            long v = p.nodes().get(i + 1);
            assertThat((e.from == u && e.to == v) || (e.bidi && e.to == u && e.from == v)).isTrue();
        }
    }

    /** Distance a→b with unit costs (hops) or 1/weight costs; [0] holds the answer. */
    private static double[] bellmanFord(TreeSet<Long> nodes, Map<Long, E> edges, long a, long b, boolean hops) {
        Map<Long, Double> dist = new LinkedHashMap<>();
        nodes.forEach(n -> dist.put(n, Double.POSITIVE_INFINITY));
        dist.put(a, 0.0);
        for (int i = 0; i < nodes.size(); i++) {
            for (E e : edges.values()) {
                double c = hops ? 1 : Traversals.edgeCost(e.weight);
                relax(dist, e.from, e.to, c);
                if (e.bidi) {
                    relax(dist, e.to, e.from, c);
                }
            }
        }
        return new double[] {dist.get(b)};
    }

    private static void relax(Map<Long, Double> dist, long u, long v, double c) {
        if (dist.get(u) + c < dist.get(v)) {
            dist.put(v, dist.get(u) + c);
        }
    }
}

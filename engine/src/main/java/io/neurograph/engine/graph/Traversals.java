package io.neurograph.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Traversal and path algorithms over a {@link GraphStore}, all following {@link Direction#BOTH}.
 * They work on node indexes with primitive scratch arrays and return ids.
 */
final class Traversals {
    private Traversals() {
    }

    /** Visit order of a traversal: parallel arrays of node indexes and depths. */
    record Visits(int[] nodes, int[] depths, int count) {
        long[] ids(GraphStore g) {
            long[] ids = new long[count];
            for (int i = 0; i < count; i++) {
                ids[i] = g.nodeId(nodes[i]);
            }
            return ids;
        }
    }

    /** Queue BFS; a node is marked when enqueued; nodes at depth ≥ maxDepth are visited, not expanded. */
    static Visits bfs(GraphStore g, int start, int maxDepth) {
        int[] queue = new int[g.nodeCount()];
        int[] depth = new int[queue.length];
        boolean[] seen = new boolean[g.nodeCapacity()];
        int[] tail = {1};
        queue[0] = start;
        seen[start] = true;
        for (int head = 0; head < tail[0]; head++) {
            int d = depth[head];
            if (d >= maxDepth) {
                continue;
            }
            g.forEachNeighbor(queue[head], Direction.BOTH, (n, e) -> {
                if (!seen[n]) {
                    seen[n] = true;
                    queue[tail[0]] = n;
                    depth[tail[0]++] = d + 1;
                }
            });
        }
        return new Visits(queue, depth, tail[0]);
    }

    /**
     * Stack DFS; a node is marked when popped, and neighbours are pushed in reverse so the
     * first-listed one is explored first.
     */
    static Visits dfs(GraphStore g, int start, int maxDepth) {
        IntStack stack = new IntStack();
        boolean[] seen = new boolean[g.nodeCapacity()];
        int[] order = new int[g.nodeCount()];
        int[] depths = new int[order.length];
        int count = 0;
        IntStack buffer = new IntStack();
        stack.push(start, 0);
        while (stack.size() > 0) {
            int d = stack.topDepth();
            int n = stack.pop();
            if (seen[n]) {
                continue;
            }
            seen[n] = true;
            order[count] = n;
            depths[count++] = d;
            if (d >= maxDepth) {
                continue;
            }
            buffer.clear();
            g.forEachNeighbor(n, Direction.BOTH, (m, e) -> {
                if (!seen[m]) {
                    buffer.push(m, d + 1);
                }
            });
            for (int i = buffer.size() - 1; i >= 0; i--) {
                stack.push(buffer.nodeAt(i), d + 1);
            }
        }
        return new Visits(order, depths, count);
    }

    /** Fewest-hops path by BFS; its cost is the sum of {@link #edgeCost edge costs}. */
    static Optional<Path> shortestPath(GraphStore g, int a, int b) {
        if (a == b) {
            return Optional.of(singleNode(g, a));
        }
        int[] prevEdge = new int[g.nodeCapacity()];
        int[] prevNode = new int[prevEdge.length];
        Arrays.fill(prevNode, GraphStore.NONE);
        prevNode[a] = a;
        int[] queue = new int[g.nodeCount()];
        int[] tail = {1};
        queue[0] = a;
        for (int head = 0; head < tail[0] && prevNode[b] == GraphStore.NONE; head++) {
            int cur = queue[head];
            g.forEachNeighbor(cur, Direction.BOTH, (n, e) -> {
                if (prevNode[n] == GraphStore.NONE) {
                    prevNode[n] = cur;
                    prevEdge[n] = e;
                    queue[tail[0]++] = n;
                }
            });
        }
        return prevNode[b] == GraphStore.NONE ? Optional.empty() : Optional.of(trace(g, a, b, prevNode, prevEdge));
    }

    /** Cheapest path with edge cost 1/weight (1 for weight ≤ 0); stops when {@code b} is settled. */
    static Optional<Path> dijkstra(GraphStore g, int a, int b) {
        if (a == b) {
            return Optional.of(singleNode(g, a));
        }
        int cap = g.nodeCapacity();
        double[] dist = new double[cap];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] prevNode = new int[cap];
        int[] prevEdge = new int[cap];
        boolean[] settled = new boolean[cap];
        Arrays.fill(prevNode, GraphStore.NONE);
        dist[a] = 0;
        prevNode[a] = a;
        CostHeap heap = new CostHeap();
        heap.push(0, a);
        while (heap.size() > 0) {
            int cur = heap.peekNode();
            heap.pop();
            if (settled[cur]) {
                continue; // stale entry
            }
            settled[cur] = true;
            if (cur == b) {
                return Optional.of(trace(g, a, b, prevNode, prevEdge));
            }
            double base = dist[cur];
            g.forEachNeighbor(cur, Direction.BOTH, (n, e) -> {
                double cost = base + edgeCost(g.weight(e));
                if (cost < dist[n]) {
                    dist[n] = cost;
                    prevNode[n] = cur;
                    prevEdge[n] = e;
                    heap.push(cost, n);
                }
            });
        }
        return Optional.empty();
    }

    static double edgeCost(float weight) {
        return weight > 0 ? 1.0 / weight : 1.0;
    }

    /** Edges whose both ends are in {@code members} (a node-index mask). */
    static Subgraph induced(GraphStore g, boolean[] members) {
        Set<Long> nodes = new HashSet<>();
        Set<Long> edges = new HashSet<>();
        for (int n = 0; n < members.length; n++) {
            if (!members[n]) {
                continue;
            }
            nodes.add(g.nodeId(n));
            for (int i = 0, len = g.outDegree(n); i < len; i++) {
                int e = g.outEdge(n, i);
                if (members[g.to(e)]) {
                    edges.add(g.edgeId(e));
                }
            }
        }
        return new Subgraph(nodes, edges);
    }

    private static Path singleNode(GraphStore g, int a) {
        return new Path(List.of(g.nodeId(a)), List.of(), 0f);
    }

    private static Path trace(GraphStore g, int a, int b, int[] prevNode, int[] prevEdge) {
        List<Long> nodes = new ArrayList<>();
        List<Long> edges = new ArrayList<>();
        double cost = 0;
        for (int n = b; n != a; n = prevNode[n]) {
            nodes.add(g.nodeId(n));
            edges.add(g.edgeId(prevEdge[n]));
            cost += edgeCost(g.weight(prevEdge[n]));
        }
        nodes.add(g.nodeId(a));
        return new Path(nodes.reversed(), edges.reversed(), (float) cost);
    }

    /** Growable stack of (node index, depth) pairs. */
    private static final class IntStack {
        private int[] nodes = new int[16];
        private int[] depths = new int[16];
        private int size;

        void push(int node, int depth) {
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, size * 2);
                depths = Arrays.copyOf(depths, size * 2);
            }
            nodes[size] = node;
            depths[size++] = depth;
        }

        int topDepth() {
            return depths[size - 1];
        }

        int pop() {
            return nodes[--size];
        }

        int nodeAt(int i) {
            return nodes[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }
}

package io.neurograph.engine.graph;

import io.neurograph.engine.util.Fnv1a;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Directed multigraph of token ids (nodes) and typed, weighted connections (edges), with
 * traversal, path finding and spreading activation. Edges may be marked bidirectional, which
 * lets {@link Direction#BOTH} walks follow them backwards.
 *
 * <p>Thread-safe: queries run concurrently under a read lock, mutations take the write lock.
 * Traversal visitors are called after the lock is released, so they may modify the graph.
 * Unknown node or edge ids raise {@link UnknownNodeException} / {@link UnknownEdgeException},
 * except in {@code contains…} and {@code remove…}, which answer {@code false}.
 */
public final class Graph {
    private static final long MAX_NODE_ID = 0xFFFF_FFFFL;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final GraphStore store = new GraphStore();

    /** Upstream edge id: FNV-1a 64 over from (u32 LE), to (u32 LE) and type (u8); direction-sensitive. */
    public static long edgeId(long from, long to, int type) {
        checkNodeId(from);
        checkNodeId(to);
        checkType(type);
        long h = Fnv1a.OFFSET_BASIS;
        for (int i = 0; i < 4; i++) {
            h = Fnv1a.step(h, (int) (from >>> (8 * i)));
        }
        for (int i = 0; i < 4; i++) {
            h = Fnv1a.step(h, (int) (to >>> (8 * i)));
        }
        return Fnv1a.step(h, type);
    }

    /** Adds a node; false if it exists. */
    public boolean addNode(long id) {
        checkNodeId(id);
        return write(() -> store.addNode(id));
    }

    /** Removes a node and every edge touching it; false if absent. */
    public boolean removeNode(long id) {
        return write(() -> store.removeNode(id));
    }

    public boolean containsNode(long id) {
        return read(() -> store.node(id) != GraphStore.NONE);
    }

    public int nodeCount() {
        return read(store::nodeCount);
    }

    /** Snapshot of the node ids, in no particular order. */
    public List<Long> nodes() {
        return read(() -> {
            List<Long> ids = new ArrayList<>(store.nodeCount());
            for (int n = 0; n < store.nodeCapacity(); n++) {
                if (store.nodeAlive(n)) {
                    ids.add(store.nodeId(n));
                }
            }
            return List.copyOf(ids);
        });
    }

    /**
     * Adds an edge; false (and no change) if {@code edgeId} exists. Self-loops are allowed.
     *
     * @throws UnknownNodeException if either endpoint is missing
     */
    public boolean addEdge(long edgeId, long from, long to, int type, float weight, boolean bidirectional) {
        checkType(type);
        checkWeight(edgeId, weight);
        return write(() -> store.addEdge(edgeId, node(from), node(to), type, weight, bidirectional));
    }

    public boolean removeEdge(long edgeId) {
        return write(() -> store.removeEdge(edgeId));
    }

    public boolean containsEdge(long edgeId) {
        return read(() -> store.edge(edgeId) != GraphStore.NONE);
    }

    public Optional<EdgeInfo> edge(long edgeId) {
        return read(() -> {
            int e = store.edge(edgeId);
            return e == GraphStore.NONE ? Optional.empty() : Optional.of(info(e));
        });
    }

    public int edgeCount() {
        return read(store::edgeCount);
    }

    /** @throws UnknownEdgeException if the edge is missing */
    public void updateEdgeWeight(long edgeId, float weight) {
        checkWeight(edgeId, weight);
        write(() -> {
            int e = store.edge(edgeId);
            if (e == GraphStore.NONE) {
                throw new UnknownEdgeException(edgeId);
            }
            store.setWeight(e, weight);
            return null;
        });
    }

    public void clear() {
        write(() -> {
            store.clear();
            return null;
        });
    }

    /** Neighbours in {@code direction}; a node linked by several edges appears once per edge. */
    public List<Adjacent> neighbors(long node, Direction direction) {
        return read(() -> {
            List<Adjacent> out = new ArrayList<>();
            store.forEachNeighbor(node(node), direction, (n, e) -> out.add(new Adjacent(store.nodeId(n), store.edgeId(e))));
            return out;
        });
    }

    public int degree(long node, Direction direction) {
        return read(() -> {
            int[] count = {0};
            store.forEachNeighbor(node(node), direction, (n, e) -> count[0]++);
            return count[0];
        });
    }

    /**
     * Breadth-first walk over {@link Direction#BOTH} from {@code start}, which is visited at depth 0.
     * Nodes at depth {@code maxDepth} are visited but not expanded ({@code Integer.MAX_VALUE}: no limit).
     */
    public void bfs(long start, int maxDepth, NodeVisitor visitor) {
        checkDepth(maxDepth);
        walk(() -> Traversals.bfs(store, node(start), maxDepth), visitor);
    }

    /** Depth-first walk like {@link #bfs}; the first-listed neighbour is explored first. */
    public void dfs(long start, int maxDepth, NodeVisitor visitor) {
        checkDepth(maxDepth);
        walk(() -> Traversals.dfs(store, node(start), maxDepth), visitor);
    }

    /** A path with the fewest hops ({@link Direction#BOTH}); empty if {@code b} is unreachable. */
    public Optional<Path> shortestPath(long a, long b) {
        return read(() -> Traversals.shortestPath(store, node(a), node(b)));
    }

    /** The cheapest path where an edge costs 1/weight (1 when weight ≤ 0); empty if unreachable. */
    public Optional<Path> dijkstra(long a, long b) {
        return read(() -> Traversals.dijkstra(store, node(a), node(b)));
    }

    /** The given nodes and every edge whose both ends are among them. */
    public Subgraph inducedSubgraph(Set<Long> nodes) {
        return read(() -> {
            boolean[] members = new boolean[store.nodeCapacity()];
            for (long id : nodes) {
                members[node(id)] = true;
            }
            return Traversals.induced(store, members);
        });
    }

    /** Nodes within {@code hops} of {@code center} ({@link Direction#BOTH}) and their induced edges. */
    public Subgraph neighborhood(long center, int hops) {
        checkDepth(hops);
        return read(() -> {
            Traversals.Visits v = Traversals.bfs(store, node(center), hops);
            boolean[] members = new boolean[store.nodeCapacity()];
            for (int i = 0; i < v.count(); i++) {
                members[v.nodes()[i]] = true;
            }
            return Traversals.induced(store, members);
        });
    }

    /**
     * Spreads {@code energy} from {@code source} in waves. Wave 0 is the source. In wave d every
     * node of the wave sends {@code E·w·(1 − decayRate)} along each out-edge and each
     * bidirectional in-edge (connections are stored canonically, so edge direction alone would be
     * an artefact of id order), where E is its activation and w the edge weight. A transfer
     * below {@code minEnergy} is dropped. A node that receives a transfer and is not yet in a wave
     * joins wave d + 1; every transfer it receives from wave d combines into its activation by the
     * {@link AccumulationMode} (SUM adds, MAX keeps the largest, WEIGHTED_AVERAGE takes Σe²/Σe).
     * Energy never flows back into the source or sideways/backwards into an earlier wave, so each
     * node spreads once (no echoes on bidirectional edges) and the result does not depend on edge
     * order; parallel paths of equal length do accumulate, which is what makes the modes differ.
     * Waves stop at {@code maxDepth}. On a chain with weights 1 and defaults, energies are 0.8,
     * 0.64, 0.512, …
     *
     * @param energy the source's energy, finite and ≥ 0
     * @throws UnknownNodeException if the source is missing
     */
    public ActivationResult spreadingActivation(long source, float energy, SignalConfig config) {
        if (!(energy >= 0) || !Float.isFinite(energy)) {
            throw new IllegalArgumentException("Source energy must be finite and >= 0, got " + energy);
        }
        if (config == null) {
            throw new IllegalArgumentException("Signal config must not be null; use SignalConfig.DEFAULTS");
        }
        return read(() -> SpreadingActivation.run(store, node(source), energy, config));
    }

    private int node(long id) {
        int n = store.node(id);
        if (n == GraphStore.NONE) {
            throw new UnknownNodeException(id);
        }
        return n;
    }

    private EdgeInfo info(int e) {
        return new EdgeInfo(store.nodeId(store.from(e)), store.nodeId(store.to(e)), store.type(e), store.weight(e),
                store.bidirectional(e));
    }

    // Traverses under the read lock, then calls the visitor without it (ids, not recyclable indexes).
    private void walk(Supplier<Traversals.Visits> traversal, NodeVisitor visitor) {
        record Step(long[] ids, int[] depths) {
        }
        Step step = read(() -> {
            Traversals.Visits v = traversal.get();
            return new Step(v.ids(store), v.depths());
        });
        for (int i = 0; i < step.ids().length; i++) {
            visitor.visit(step.ids()[i], step.depths()[i]);
        }
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static void checkNodeId(long id) {
        if (id < 0 || id > MAX_NODE_ID) {
            throw new IllegalArgumentException("Node id must be an unsigned 32-bit value, got " + id);
        }
    }

    private static void checkType(int type) {
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("Edge type must be 0..255, got " + type);
        }
    }

    private static void checkWeight(long edgeId, float weight) {
        if (!Float.isFinite(weight)) {
            throw new IllegalArgumentException("Weight of edge " + Long.toUnsignedString(edgeId) + " must be finite, got " + weight);
        }
    }

    private static void checkDepth(int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("Depth must be >= 0, got " + depth);
        }
    }
}

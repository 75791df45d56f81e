package io.neurograph.engine.graph;

import io.neurograph.engine.util.IndexPool;
import io.neurograph.engine.util.LongIntHashMap;
import java.util.Arrays;

/**
 * Compact graph storage: nodes and edges live in parallel primitive arrays addressed by dense
 * indexes (recycled after removal), and each node keeps its out- and in-edge indexes in int
 * arrays in insertion order. Traversal code works on indexes; ids appear only at the API edge.
 * Not thread-safe: {@link Graph} locks.
 */
final class GraphStore {
    static final int NONE = -1;

    private final LongIntHashMap nodeById = new LongIntHashMap();
    private long[] nodeIds = new long[16];
    private boolean[] nodeAlive = new boolean[16];
    private int[][] out = new int[16][];
    private int[] outLen = new int[16];
    private int[][] in = new int[16][];
    private int[] inLen = new int[16];
    private int nodeHigh;
    private final IndexPool freeNodes = new IndexPool();

    private final LongIntHashMap edgeById = new LongIntHashMap();
    private long[] edgeIds = new long[16];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private byte[] type = new byte[16];
    private float[] weight = new float[16];
    private boolean[] bidirectional = new boolean[16];
    private int edgeHigh;
    private final IndexPool freeEdges = new IndexPool();

    /** Upper bound (exclusive) of node indexes, for sizing per-node scratch arrays. */
    int nodeCapacity() {
        return nodeHigh;
    }

    int nodeCount() {
        return nodeById.size();
    }

    int edgeCount() {
        return edgeById.size();
    }

    int node(long id) {
        return nodeById.get(id);
    }

    int edge(long id) {
        return edgeById.get(id);
    }

    long nodeId(int n) {
        return nodeIds[n];
    }

    boolean nodeAlive(int n) {
        return nodeAlive[n];
    }

    long edgeId(int e) {
        return edgeIds[e];
    }

    int from(int e) {
        return from[e];
    }

    int to(int e) {
        return to[e];
    }

    int type(int e) {
        return type[e] & 0xFF;
    }

    float weight(int e) {
        return weight[e];
    }

    void setWeight(int e, float w) {
        weight[e] = w;
    }

    boolean bidirectional(int e) {
        return bidirectional[e];
    }

    int outDegree(int n) {
        return outLen[n];
    }

    int outEdge(int n, int i) {
        return out[n][i];
    }

    int inDegree(int n) {
        return inLen[n];
    }

    int inEdge(int n, int i) {
        return in[n][i];
    }

    @FunctionalInterface
    interface NeighborAction {
        void accept(int neighbor, int edge);
    }

    /** Walks neighbours in {@link Direction} order: out-edges first, then (qualifying) in-edges. */
    void forEachNeighbor(int n, Direction direction, NeighborAction action) {
        if (direction != Direction.INCOMING) {
            int[] edges = out[n];
            for (int i = 0, len = outLen[n]; i < len; i++) {
                action.accept(to[edges[i]], edges[i]);
            }
        }
        if (direction != Direction.OUTGOING) {
            int[] edges = in[n];
            for (int i = 0, len = inLen[n]; i < len; i++) {
                int e = edges[i];
                if (direction == Direction.INCOMING || bidirectional[e]) {
                    action.accept(from[e], e);
                }
            }
        }
    }

    boolean addNode(long id) {
        if (nodeById.containsKey(id)) {
            return false;
        }
        int n = freeNodes.take();
        if (n == NONE) {
            if (nodeHigh == nodeIds.length) {
                int cap = nodeHigh * 2;
                nodeIds = Arrays.copyOf(nodeIds, cap);
                nodeAlive = Arrays.copyOf(nodeAlive, cap);
                out = Arrays.copyOf(out, cap);
                outLen = Arrays.copyOf(outLen, cap);
                in = Arrays.copyOf(in, cap);
                inLen = Arrays.copyOf(inLen, cap);
            }
            n = nodeHigh++;
        }
        nodeIds[n] = id;
        nodeAlive[n] = true;
        out[n] = new int[4];
        in[n] = new int[4];
        outLen[n] = 0;
        inLen[n] = 0;
        nodeById.put(id, n);
        return true;
    }

    /** Removes a node after removing every edge that touches it. */
    boolean removeNode(long id) {
        int n = nodeById.get(id);
        if (n == NONE) {
            return false;
        }
        while (outLen[n] > 0) {
            removeEdgeAt(out[n][outLen[n] - 1]);
        }
        while (inLen[n] > 0) {
            removeEdgeAt(in[n][inLen[n] - 1]);
        }
        nodeById.remove(id);
        nodeAlive[n] = false;
        out[n] = null;
        in[n] = null;
        freeNodes.give(n);
        return true;
    }

    boolean addEdge(long id, int f, int t, int edgeType, float w, boolean bidi) {
        if (edgeById.containsKey(id)) {
            return false;
        }
        int e = freeEdges.take();
        if (e == NONE) {
            if (edgeHigh == edgeIds.length) {
                int cap = edgeHigh * 2;
                edgeIds = Arrays.copyOf(edgeIds, cap);
                from = Arrays.copyOf(from, cap);
                to = Arrays.copyOf(to, cap);
                type = Arrays.copyOf(type, cap);
                weight = Arrays.copyOf(weight, cap);
                bidirectional = Arrays.copyOf(bidirectional, cap);
            }
            e = edgeHigh++;
        }
        edgeIds[e] = id;
        from[e] = f;
        to[e] = t;
        type[e] = (byte) edgeType;
        weight[e] = w;
        bidirectional[e] = bidi;
        edgeById.put(id, e);
        out[f] = append(out[f], outLen[f]++, e);
        in[t] = append(in[t], inLen[t]++, e);
        return true;
    }

    boolean removeEdge(long id) {
        int e = edgeById.get(id);
        if (e == NONE) {
            return false;
        }
        removeEdgeAt(e);
        return true;
    }

    void clear() {
        nodeById.clear();
        edgeById.clear();
        Arrays.fill(nodeAlive, false);
        Arrays.fill(out, null);
        Arrays.fill(in, null);
        nodeHigh = 0;
        edgeHigh = 0;
        freeNodes.clear();
        freeEdges.clear();
    }

    private void removeEdgeAt(int e) {
        int f = from[e];
        int t = to[e];
        outLen[f] = removeValue(out[f], outLen[f], e);
        inLen[t] = removeValue(in[t], inLen[t], e);
        edgeById.remove(edgeIds[e]);
        freeEdges.give(e);
    }

    private static int[] append(int[] list, int at, int value) {
        int[] target = at == list.length ? Arrays.copyOf(list, Math.max(4, at * 2)) : list;
        target[at] = value;
        return target;
    }

    // Keeps insertion order: traversal order (and so DFS/BFS visit order) must not depend on removals.
    private static int removeValue(int[] list, int len, int value) {
        for (int i = 0; i < len; i++) {
            if (list[i] == value) {
                System.arraycopy(list, i + 1, list, i, len - i - 1);
                return len - 1;
            }
        }
        throw new IllegalStateException("Adjacency list lost edge index " + value);
    }
}

package io.neurograph.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Spreading activation in waves; see {@link Graph#spreadingActivation} for the semantics. Each
 * node spreads once, in the wave after the one that reached it, so a run costs O(nodes + edges).
 */
final class SpreadingActivation {
    private final GraphStore g;
    private final SignalConfig cfg;
    private final float keep;
    private final int source;
    // Per node index: wave that reached it (-1: not reached), Σe (SUM, MAX: running value), Σe².
    private final int[] wave;
    private final double[] sum;
    private final double[] sumSquares;
    // Strongest single transfer into each node, for its reported path.
    private final float[] bestTransfer;
    private final int[] bestFrom;
    private final int[] bestEdge;
    // The wave being filled.
    private int[] next = new int[16];
    private int nextSize;

    private SpreadingActivation(GraphStore g, int source, SignalConfig cfg) {
        this.g = g;
        this.cfg = cfg;
        this.keep = 1f - cfg.decayRate();
        this.source = source;
        int cap = g.nodeCapacity();
        wave = new int[cap];
        Arrays.fill(wave, -1);
        sum = new double[cap];
        sumSquares = new double[cap];
        bestTransfer = new float[cap];
        bestFrom = new int[cap];
        bestEdge = new int[cap];
    }

    static ActivationResult run(GraphStore g, int source, float energy, SignalConfig cfg) {
        return new SpreadingActivation(g, source, cfg).spread(energy);
    }

    private ActivationResult spread(float energy) {
        wave[source] = 0;
        sum[source] = energy;
        int[] frontier = {source};
        int visited = 0;
        int deepest = 0;
        for (int depth = 0; frontier.length > 0; depth++) {
            visited += frontier.length;
            deepest = depth;
            if (depth >= cfg.maxDepth()) {
                break;
            }
            nextSize = 0;
            for (int m : frontier) {
                int from = m;
                int d = depth;
                double outgoing = energyOf(m) * keep;
                g.forEachNeighbor(m, Direction.BOTH, (n, e) -> transfer(from, d, outgoing, n, e));
            }
            frontier = Arrays.copyOf(next, nextSize);
        }
        return result(visited, deepest);
    }

    /** Sends energy from {@code m} (in wave {@code depth}) along edge {@code e} to {@code n}. */
    private void transfer(int m, int depth, double outgoing, int n, int e) {
        if (n == source || (wave[n] >= 0 && wave[n] <= depth)) {
            return; // energy only flows outward, into the next wave
        }
        float transfer = (float) (outgoing * g.weight(e));
        if (transfer < cfg.minEnergy() || !(transfer > 0)) {
            return;
        }
        if (wave[n] < 0) {
            wave[n] = depth + 1;
            if (nextSize == next.length) {
                next = Arrays.copyOf(next, nextSize * 2);
            }
            next[nextSize++] = n;
        }
        receive(n, transfer, m, e);
    }

    private void receive(int n, float transfer, int from, int edge) {
        switch (cfg.accumulation()) {
            case SUM -> sum[n] += transfer;
            case MAX -> sum[n] = Math.max(sum[n], transfer);
            case WEIGHTED_AVERAGE -> {
                sum[n] += transfer;
                sumSquares[n] += (double) transfer * transfer;
            }
        }
        if (transfer > bestTransfer[n]) {
            bestTransfer[n] = transfer;
            bestFrom[n] = from;
            bestEdge[n] = edge;
        }
    }

    private double energyOf(int n) {
        return cfg.accumulation() == AccumulationMode.WEIGHTED_AVERAGE && n != source
                ? sumSquares[n] / sum[n]
                : sum[n];
    }

    private ActivationResult result(int visited, int deepest) {
        // Sort keys: energy descending (a positive float's bits order like the float), then node id.
        long[] keys = new long[wave.length];
        int count = 0;
        for (int n = 0; n < wave.length; n++) {
            if (wave[n] > 0 && energyOf(n) >= cfg.activationThreshold()) {
                int bits = Float.floatToIntBits((float) energyOf(n));
                keys[count++] = (long) (Integer.MAX_VALUE - bits) << 32 | g.nodeId(n);
            }
        }
        Arrays.sort(keys, 0, count);
        List<ActivatedNode> activated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = g.node(keys[i] & 0xFFFF_FFFFL);
            activated.add(new ActivatedNode(g.nodeId(n), (float) energyOf(n), wave[n], pathNodes(n)));
        }
        Optional<Path> strongest = activated.isEmpty()
                ? Optional.empty()
                : Optional.of(withCost(pathTo(g.node(activated.getFirst().node())), activated.getFirst().energy()));
        return new ActivationResult(activated, visited, deepest, strongest);
    }

    private List<Long> pathNodes(int n) {
        Long[] nodes = new Long[wave[n] + 1];
        for (int i = wave[n], cur = n; i >= 0; i--, cur = bestFrom[cur]) {
            nodes[i] = g.nodeId(cur);
        }
        return Arrays.asList(nodes);
    }

    // Follows the strongest transfers back to the source; waves make the walk exactly wave[n] long.
    private Path pathTo(int n) {
        Long[] nodes = new Long[wave[n] + 1];
        Long[] edges = new Long[wave[n]];
        int cur = n;
        for (int i = wave[n]; i > 0; i--) {
            nodes[i] = g.nodeId(cur);
            edges[i - 1] = g.edgeId(bestEdge[cur]);
            cur = bestFrom[cur];
        }
        nodes[0] = g.nodeId(source);
        return new Path(Arrays.asList(nodes), Arrays.asList(edges), 0f);
    }

    private static Path withCost(Path p, float cost) {
        return new Path(p.nodes(), p.edges(), cost);
    }
}

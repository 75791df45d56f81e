package io.neurograph.engine.bench;

import io.neurograph.engine.graph.ActivationResult;
import io.neurograph.engine.graph.Graph;
import io.neurograph.engine.graph.SignalConfig;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** BFS over a 1 k-node graph and spreading activation over 10 k nodes / 100 k edges (random, seeded). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class GraphBench {
    private Graph small;
    private Graph large;
    private int next;

    @Setup
    public void setUp() {
        small = randomGraph(1_000, 5_000, 1);
        large = randomGraph(10_000, 100_000, 2);
    }

    private static Graph randomGraph(int nodes, int edges, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Graph g = new Graph();
        for (int n = 0; n < nodes; n++) {
            g.addNode(n);
        }
        for (int added = 0; added < edges; ) {
            long from = rnd.nextInt(nodes);
            long to = rnd.nextInt(nodes);
            int type = rnd.nextInt(4);
            if (g.addEdge(Graph.edgeId(from, to, type), from, to, type, (float) rnd.nextDouble(0.05, 1.0), rnd.nextBoolean())) {
                added++;
            }
        }
        return g;
    }

    @Benchmark
    public void bfs1k(Blackhole bh) {
        small.bfs(next++ % 1_000, Integer.MAX_VALUE, (node, depth) -> bh.consume(node));
    }

    @Benchmark
    public ActivationResult spreadingActivation10k() {
        return large.spreadingActivation(next++ % 10_000, 1f, SignalConfig.DEFAULTS);
    }
}

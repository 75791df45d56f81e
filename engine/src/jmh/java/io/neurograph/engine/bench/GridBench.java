package io.neurograph.engine.bench;

import io.neurograph.engine.grid.Grid;
import io.neurograph.engine.grid.Neighbor;
import io.neurograph.engine.token.CoordinateSpace;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Grid queries over {@code tokens} tokens in L1 (bucket 10, coordinates uniform in ±300), with a
 * brute-force k-nearest scan over the same data as the baseline the grid must beat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class GridBench {
    private static final int QUERIES = 1024;
    private static final CoordinateSpace SPACE = CoordinateSpace.L1_PHYSICAL;

    @Param("1000000")
    public int tokens;

    private Grid grid;
    private float[] xs;
    private float[] ys;
    private float[] zs;
    private final long[] queryIds = new long[QUERIES];
    private int next;

    @Setup
    public void setUp() {
        float[] buckets = new float[8];
        Arrays.fill(buckets, 10f);
        grid = new Grid(buckets);
        xs = new float[tokens];
        ys = new float[tokens];
        zs = new float[tokens];
        SplittableRandom rnd = new SplittableRandom(42);
        short[] raw = new short[24];
        for (int s = 1; s < 8; s++) {
            raw[3 * s] = CoordinateSpace.UNDEFINED_RAW; // L1 only
        }
        for (int id = 0; id < tokens; id++) {
            for (int a = 0; a < 3; a++) {
                raw[a] = (short) rnd.nextInt(-30_000, 30_001);
            }
            xs[id] = SPACE.decode(raw[0]);
            ys[id] = SPACE.decode(raw[1]);
            zs[id] = SPACE.decode(raw[2]);
            grid.put(id, raw, 100, 255);
        }
        for (int i = 0; i < QUERIES; i++) {
            queryIds[i] = rnd.nextInt(tokens);
        }
    }

    private int nextQuery() {
        return (int) queryIds[next++ & (QUERIES - 1)];
    }

    @Benchmark
    public List<Neighbor> knn10() {
        return grid.neighbors(nextQuery(), SPACE, 1000f, 10);
    }

    /** Baseline: scan every token, keeping the 10 nearest in a sorted array. */
    @Benchmark
    public long[] knn10BruteForce() {
        int center = nextQuery();
        float cx = xs[center];
        float cy = ys[center];
        float cz = zs[center];
        double[] best = new double[10];
        long[] ids = new long[10];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int i = 0; i < tokens; i++) {
            double dx = xs[i] - cx;
            double dy = ys[i] - cy;
            double dz = zs[i] - cz;
            double d = dx * dx + dy * dy + dz * dz;
            if (i != center && d < best[9]) {
                int j = 9;
                for (; j > 0 && best[j - 1] > d; j--) {
                    best[j] = best[j - 1];
                    ids[j] = ids[j - 1];
                }
                best[j] = d;
                ids[j] = i;
            }
        }
        return ids;
    }

    @Benchmark
    public List<Neighbor> range5() {
        int center = nextQuery();
        return grid.range(SPACE, xs[center], ys[center], zs[center], 5f);
    }

    /** Baseline: scan every token, collecting those within radius 5 (then sorted by distance, as the grid does). */
    @Benchmark
    public long[] range5BruteForce() {
        int center = nextQuery();
        float cx = xs[center];
        float cy = ys[center];
        float cz = zs[center];
        double r2 = 5.0 * 5.0;
        long[] hits = new long[16];
        int n = 0;
        for (int i = 0; i < tokens; i++) {
            double dx = xs[i] - cx;
            double dy = ys[i] - cy;
            double dz = zs[i] - cz;
            double d = dx * dx + dy * dy + dz * dz;
            if (d <= r2) {
                if (n == hits.length) {
                    hits = Arrays.copyOf(hits, 2 * n);
                }
                // distance (as float bits, non-negative so order-preserving) in the high word, index below
                hits[n++] = ((long) Float.floatToIntBits((float) d) << 32) | i;
            }
        }
        hits = Arrays.copyOf(hits, n);
        Arrays.sort(hits);
        return hits;
    }

    @Benchmark
    public float fieldInfluence5() {
        int center = nextQuery();
        return grid.fieldInfluence(SPACE, xs[center], ys[center], zs[center], 5f);
    }
}

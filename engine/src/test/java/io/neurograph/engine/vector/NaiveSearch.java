package io.neurograph.engine.vector;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The obvious reference: every score in double precision over plain arrays, fully sorted. */
final class NaiveSearch {
    private NaiveSearch() {
    }

    static List<VectorMatch> search(float[][] vectors, float[] query, int k, Metric metric) {
        Comparator<VectorMatch> byScore = Comparator.comparingDouble(VectorMatch::score);
        Comparator<VectorMatch> best = metric.higherIsBetter() ? byScore.reversed() : byScore;
        return IntStream.range(0, vectors.length)
                .mapToObj(row -> new VectorMatch(row, 1000L + row, score(vectors[row], query, metric)))
                .sorted(best.thenComparingInt(VectorMatch::row)).limit(k).toList();
    }

    static float score(float[] x, float[] q, Metric metric) {
        double dot = 0;
        double xx = 0;
        double qq = 0;
        double dd = 0;
        for (int i = 0; i < x.length; i++) {
            dot += (double) x[i] * q[i];
            xx += (double) x[i] * x[i];
            qq += (double) q[i] * q[i];
            dd += ((double) x[i] - q[i]) * ((double) x[i] - q[i]);
        }
        if (metric == Metric.EUCLIDEAN) {
            return (float) Math.sqrt(dd);
        }
        return xx == 0 || qq == 0 ? 0 : (float) (dot / Math.sqrt(xx * qq));
    }
}

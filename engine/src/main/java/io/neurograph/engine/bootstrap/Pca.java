package io.neurograph.engine.bootstrap;

import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.util.JobListener;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Principal component analysis of many vectors by randomized subspace iteration (Halko, Martinsson
 * and Tropp 2011), without ever forming the D × D covariance matrix.
 *
 * <ol>
 *   <li>Sample: all rows, or when there are more than {@link Options#maxSampleRows()}, that many
 *       rows evenly spaced over the whole set (row {@code ⌊i · n / s⌋}); deterministic, and spread
 *       over the file rather than its first (most frequent) words.</li>
 *   <li>Mean per dimension (one pass).</li>
 *   <li>A seeded Gaussian start block Q of k + oversampling orthonormal columns.</li>
 *   <li>{@link Options#passes()} passes, each computing Z = C·Q with C = XcᵀXc / (n − 1) as
 *       Σ over rows of xc·(xcᵀQ), so one row is in memory at a time; between passes Q ← orth(Z)
 *       (modified Gram–Schmidt, applied twice). The first pass also sums the total variance.</li>
 *   <li>Rayleigh–Ritz on the last pass: B = QᵀZ is decomposed exactly (Jacobi), the components
 *       are Q times B's top eigenvectors and the explained variances B's top eigenvalues.</li>
 * </ol>
 *
 * Each component is a unit vector, orthogonal to the others, with its sign fixed so that its
 * largest-magnitude entry (the first one on a tie) is positive. Accumulation is in double.
 * Single-threaded; cost ≈ passes × 4 · n · D · (k + oversampling) flops.
 */
public final class Pca {
    private Pca() {
    }

    /**
     * @param components     number of principal components to keep (1 … dimension)
     * @param maxSampleRows  most rows used; larger sets are sampled evenly
     * @param oversampling   extra subspace columns that make the top components converge fast
     * @param passes         passes over the sample after the mean (power iterations + the final
     *                       Rayleigh–Ritz pass), at least 1
     * @param seed           seed of the random start block
     */
    public record Options(int components, int maxSampleRows, int oversampling, int passes, long seed) {
        public static final int DEFAULT_SAMPLE_ROWS = 200_000;

        public Options {
            if (components < 1) {
                throw new IllegalArgumentException("components must be ≥ 1, got " + components);
            }
            if (maxSampleRows < 2) {
                throw new IllegalArgumentException("maxSampleRows must be ≥ 2, got " + maxSampleRows);
            }
            if (oversampling < 0) {
                throw new IllegalArgumentException("oversampling must be ≥ 0, got " + oversampling);
            }
            if (passes < 1) {
                throw new IllegalArgumentException("passes must be ≥ 1, got " + passes);
            }
        }

        /** The top {@code k} components with the defaults: 200 000 rows, oversampling 10, 6 passes, seed 42. */
        public static Options top(int k) {
            return new Options(k, DEFAULT_SAMPLE_ROWS, 10, 6, 42);
        }
    }

    /** Progress stage reported by {@link #fit(VectorRows, Options, JobListener)}. */
    public static final String STAGE = "pca";

    public static PcaFit fit(VectorRows rows, Options options) {
        return fit(rows, options, JobListener.NONE);
    }

    /**
     * Reports progress as stage {@value #STAGE}, {@code done} of {@code total} passes over the sample
     * (the mean pass included), and checks for cancellation after each.
     *
     * @throws IllegalArgumentException with fewer than 2 rows or more components than dimensions
     * @throws JobCancelledException    when the listener cancelled between two passes
     */
    public static PcaFit fit(VectorRows rows, Options options, JobListener listener) {
        int n = rows.count();
        int d = rows.dimension();
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 vectors, got " + n);
        }
        if (options.components() > d) {
            throw new IllegalArgumentException("Cannot keep " + options.components() + " components of "
                    + d + "-dimensional vectors");
        }
        int[] sample = sample(n, options.maxSampleRows());
        int width = Math.min(d, options.components() + options.oversampling());
        int totalPasses = options.passes() + 1;
        float[] row = new float[d];

        double[] mean = new double[d];
        for (int r : sample) {
            rows.get(r, row);
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= sample.length;
        }
        passDone(listener, 1, totalPasses);

        SplittableRandom random = new SplittableRandom(options.seed());
        double[][] q = new double[width][d];
        for (double[] column : q) {
            for (int j = 0; j < d; j++) {
                column[j] = gaussian(random);
            }
        }
        orthonormalize(q, random);
        double[][] z = new double[width][d];
        double[] centered = new double[d];
        double[] projection = new double[width];
        double totalVariance = 0;
        for (int pass = 0; pass < options.passes(); pass++) {
            for (double[] column : z) {
                Arrays.fill(column, 0);
            }
            double sumSquares = 0;
            for (int r : sample) {
                rows.get(r, row);
                for (int j = 0; j < d; j++) {
                    centered[j] = row[j] - mean[j];
                }
                if (pass == 0) {
                    sumSquares += dot(centered, centered);
                }
                for (int c = 0; c < width; c++) {
                    projection[c] = dot(centered, q[c]);
                }
                for (int c = 0; c < width; c++) {
                    axpy(projection[c], centered, z[c]);
                }
            }
            double norm = 1.0 / (sample.length - 1);
            for (double[] column : z) {
                for (int j = 0; j < d; j++) {
                    column[j] *= norm;
                }
            }
            if (pass == 0) {
                totalVariance = sumSquares * norm;
            }
            if (pass < options.passes() - 1) {
                double[][] swap = q;
                q = z;
                z = swap;
                orthonormalize(q, random);
            }
            passDone(listener, pass + 2, totalPasses);
        }
        return new PcaFit(rayleighRitz(q, z, mean, options.components()), totalVariance, sample.length);
    }

    private static void passDone(JobListener listener, int done, int total) {
        listener.progress(STAGE, done, total);
        if (listener.cancelled()) {
            throw new JobCancelledException(STAGE);
        }
    }

    /** Components from B = QᵀZ, where Z = C·Q for the orthonormal block Q. */
    private static PcaModel rayleighRitz(double[][] q, double[][] z, double[] mean, int k) {
        int width = q.length;
        int d = mean.length;
        double[][] b = new double[width][width];
        for (int i = 0; i < width; i++) {
            for (int j = i; j < width; j++) {
                // symmetrised: C is symmetric, rounding is not
                double v = (dot(q[i], z[j]) + dot(q[j], z[i])) / 2;
                b[i][j] = v;
                b[j][i] = v;
            }
        }
        SymmetricEigen.Result eigen = SymmetricEigen.decompose(b);
        float[][] components = new float[k][d];
        float[] variance = new float[k];
        for (int c = 0; c < k; c++) {
            double[] u = new double[d];
            for (int i = 0; i < width; i++) {
                axpy(eigen.vectors()[c][i], q[i], u);
            }
            double length = Math.sqrt(dot(u, u));
            int largest = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(u[j]) > Math.abs(u[largest])) {
                    largest = j;
                }
            }
            double sign = u[largest] < 0 ? -1 : 1;
            for (int j = 0; j < d; j++) {
                components[c][j] = (float) (sign * u[j] / length);
            }
            variance[c] = (float) Math.max(0, eigen.values()[c]);
        }
        float[] meanF = new float[d];
        for (int j = 0; j < d; j++) {
            meanF[j] = (float) mean[j];
        }
        return new PcaModel(meanF, components, variance);
    }

    /** Row indices used: all, or {@code limit} evenly spaced ones. */
    static int[] sample(int n, int limit) {
        int s = Math.min(n, limit);
        int[] rows = new int[s];
        for (int i = 0; i < s; i++) {
            rows[i] = (int) ((long) i * n / s);
        }
        return rows;
    }

    /**
     * Modified Gram–Schmidt, twice ("twice is enough" for orthogonality in floating point). A
     * column that vanishes (the data has lower rank than the block) is replaced by a random one.
     */
    private static void orthonormalize(double[][] columns, SplittableRandom random) {
        for (int round = 0; round < 2; round++) {
            for (int c = 0; c < columns.length; c++) {
                double[] v = columns[c];
                double before = Math.sqrt(dot(v, v));
                for (int p = 0; p < c; p++) {
                    axpy(-dot(v, columns[p]), columns[p], v);
                }
                double length = Math.sqrt(dot(v, v));
                if (!(length > 1e-10 * before)) {
                    for (int j = 0; j < v.length; j++) {
                        v[j] = gaussian(random);
                    }
                    c--; // orthogonalise the fresh column against the earlier ones
                    continue;
                }
                for (int j = 0; j < v.length; j++) {
                    v[j] /= length;
                }
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; 1 − u keeps the logarithm finite
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Dot product with four accumulators, so the loop pipelines. */
    static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = a.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** y += a·x */
    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}

package io.neurograph.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.util.JobListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaTest {

    /** Random orthonormal directions in {@code d} dimensions (Gram–Schmidt on Gaussian vectors). */
    static double[][] orthonormal(int count, int d, Random random) {
        double[][] out = new double[count][d];
        for (int c = 0; c < count; c++) {
            for (int j = 0; j < d; j++) {
                out[c][j] = random.nextGaussian();
            }
            for (int p = 0; p < c; p++) {
                double dot = dot(out[c], out[p]);
                for (int j = 0; j < d; j++) {
                    out[c][j] -= dot * out[p][j];
                }
            }
            double length = Math.sqrt(dot(out[c], out[c]));
            for (int j = 0; j < d; j++) {
                out[c][j] /= length;
            }
        }
        return out;
    }

    /**
     * {@code n} points: offset + Σ_c σ_c·g·dir_c + isotropic noise, so the covariance has
     * eigenvalues σ_c² (+ noise²) along the planted directions.
     */
    static float[][] planted(int n, double[][] directions, double[] sigmas, double noise, Random random) {
        int d = directions[0].length;
        float[][] rows = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = (float) (5 + 0.1 * j + noise * random.nextGaussian());
            }
            for (int c = 0; c < directions.length; c++) {
                double g = sigmas[c] * random.nextGaussian();
                for (int j = 0; j < d; j++) {
                    rows[i][j] += (float) (g * directions[c][j]);
                }
            }
        }
        return rows;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double dot(float[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void recoversPlantedDirectionsVariancesAndRatios() {
        Random random = new Random(7);
        double[][] directions = orthonormal(3, 40, random);
        float[][] data = planted(20_000, directions, new double[] {3, 2, 1}, 0.05, random);
        PcaFit fit = Pca.fit(new HeapRows(data), Pca.Options.top(3));
        PcaModel model = fit.model();

        assertThat(fit.sampledRows()).isEqualTo(20_000);
        double noise = 0.05 * 0.05;
        double[] expected = {9 + noise, 4 + noise, 1 + noise};
        double total = 14 + 40 * noise;
        assertThat(fit.totalVariance()).isCloseTo(total, within(0.03 * total));
        for (int c = 0; c < 3; c++) {
            float[] component = model.component(c);
            assertThat(Math.abs(dot(component, directions[c]))).isGreaterThan(0.9995);
            assertThat((double) model.explainedVariance()[c]).isCloseTo(expected[c], within(0.04 * expected[c]));
            assertThat(fit.explainedVarianceRatio()[c]).isCloseTo(expected[c] / total, within(0.01));
            assertThat(largestEntry(component)).isPositive();
            for (int o = 0; o < 3; o++) {
                double[] other = new double[40];
                float[] oc = model.component(o);
                for (int j = 0; j < 40; j++) {
                    other[j] = oc[j];
                }
                assertThat(dot(component, other)).isCloseTo(o == c ? 1 : 0, within(1e-5));
            }
        }
        assertThat(model.mean()[10]).isCloseTo(6f, within(0.05f));
    }

    private static float largestEntry(float[] v) {
        float best = 0;
        for (float x : v) {
            if (Math.abs(x) > Math.abs(best)) {
                best = x;
            }
        }
        return best;
    }

    @Test
    void matchesAnExactEigenDecompositionOfTheCovariance() {
        Random random = new Random(11);
        int n = 600;
        int d = 12;
        double[][] mix = new double[d][d];
        for (double[] row : mix) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian() * (1 + j % 4);
            }
        }
        float[][] data = new float[n][d];
        for (int i = 0; i < n; i++) {
            double[] g = new double[d];
            for (int j = 0; j < d; j++) {
                g[j] = random.nextGaussian();
            }
            for (int j = 0; j < d; j++) {
                data[i][j] = (float) dot(mix[j], g);
            }
        }
        double[][] cov = covariance(data);
        List<double[]> exactVectors = new ArrayList<>();
        List<Double> exactValues = new ArrayList<>();
        deflatedPowerIteration(cov, 4, exactVectors, exactValues);

        PcaModel model = Pca.fit(new HeapRows(data), Pca.Options.top(4)).model();
        for (int c = 0; c < 4; c++) {
            assertThat(Math.abs(dot(model.component(c), exactVectors.get(c)))).isGreaterThan(0.99999);
            assertThat((double) model.explainedVariance()[c]).isCloseTo(exactValues.get(c),
                    within(1e-4 * exactValues.getFirst()));
        }
    }

    private static double[][] covariance(float[][] data) {
        int n = data.length;
        int d = data[0].length;
        double[] mean = new double[d];
        for (float[] row : data) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / (double) n;
            }
        }
        double[][] cov = new double[d][d];
        for (float[] row : data) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]) / (n - 1);
                }
            }
        }
        return cov;
    }

    /** Independent reference: plain power iteration, then deflation, for the top eigenpairs. */
    private static void deflatedPowerIteration(double[][] matrix, int count, List<double[]> vectors,
            List<Double> values) {
        int d = matrix.length;
        double[][] m = new double[d][];
        for (int i = 0; i < d; i++) {
            m[i] = matrix[i].clone();
        }
        Random random = new Random(3);
        for (int c = 0; c < count; c++) {
            double[] v = new double[d];
            for (int j = 0; j < d; j++) {
                v[j] = random.nextGaussian();
            }
            double lambda = 0;
            for (int it = 0; it < 20_000; it++) {
                double[] w = new double[d];
                for (int i = 0; i < d; i++) {
                    w[i] = dot(m[i], v);
                }
                lambda = Math.sqrt(dot(w, w));
                for (int i = 0; i < d; i++) {
                    v[i] = w[i] / lambda;
                }
            }
            vectors.add(v);
            values.add(lambda);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    m[i][j] -= lambda * v[i] * v[j];
                }
            }
        }
    }

    @Test
    void dataOfLowerRankThanTheSubspaceStillGivesOrthonormalComponents() {
        Random random = new Random(5);
        double[][] directions = orthonormal(2, 6, random);
        float[][] data = planted(300, directions, new double[] {2, 1}, 0, random);
        PcaModel model = Pca.fit(new HeapRows(data), Pca.Options.top(3)).model();
        assertThat(Math.abs(dot(model.component(0), directions[0]))).isGreaterThan(0.9999);
        assertThat(model.explainedVariance()[2]).isLessThan(1e-4f);
        float[] third = model.component(2);
        double length = 0;
        for (float x : third) {
            length += x * x;
        }
        assertThat(length).isCloseTo(1, within(1e-5));
        assertThat(Math.abs(dot(third, directions[0]))).isLessThan(1e-3);
    }

    @Test
    void largeSetsAreSampledEvenlyAndDeterministically() {
        assertThat(Pca.sample(10, 4)).containsExactly(0, 2, 5, 7);
        assertThat(Pca.sample(3, 10)).containsExactly(0, 1, 2);
        Random random = new Random(9);
        float[][] data = planted(1000, orthonormal(3, 8, random), new double[] {3, 2, 1}, 0.1, random);
        Pca.Options options = new Pca.Options(3, 250, 5, 4, 1);
        List<int[]> passes = new ArrayList<>();
        PcaFit a = Pca.fit(new HeapRows(data), options, (stage, done, total) -> passes.add(new int[] {(int) done,
                (int) total}));
        PcaFit b = Pca.fit(new HeapRows(data), options);
        assertThat(a.sampledRows()).isEqualTo(250);
        assertThat(a.model().component(1)).containsExactly(b.model().component(1));
        assertThat(passes).extracting(p -> p[0]).containsExactly(1, 2, 3, 4, 5);
        assertThat(passes.getLast()[1]).isEqualTo(5);
    }

    @Test
    void stopsBetweenPassesWhenCancelled() {
        Random random = new Random(9);
        float[][] data = planted(100, orthonormal(3, 8, random), new double[] {3, 2, 1}, 0.1, random);
        List<Long> seen = new ArrayList<>();
        JobListener stopAfterTwo = new JobListener() {
            @Override
            public void progress(String stage, long done, long total) {
                assertThat(stage).isEqualTo("pca");
                seen.add(done);
            }

            @Override
            public boolean cancelled() {
                return seen.size() == 2;
            }
        };
        assertThatThrownBy(() -> Pca.fit(new HeapRows(data), Pca.Options.top(3), stopAfterTwo))
                .isInstanceOf(JobCancelledException.class);
        assertThat(seen).containsExactly(1L, 2L);
    }

    @Test
    void refusesTooFewRowsOrTooManyComponents() {
        assertThatThrownBy(() -> Pca.fit(new HeapRows(new float[][] {{1, 2}}), Pca.Options.top(1)))
                .hasMessageContaining("at least 2 vectors");
        assertThatThrownBy(() -> Pca.fit(new HeapRows(new float[][] {{1, 2}, {3, 4}}), Pca.Options.top(3)))
                .hasMessageContaining("3 components of 2-dimensional");
    }

    @Test
    void jacobiDecomposesASymmetricMatrix() {
        Random random = new Random(2);
        int n = 13;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        SymmetricEigen.Result r = SymmetricEigen.decompose(a);
        for (int c = 0; c < n; c++) {
            double[] v = r.vectors()[c];
            for (int i = 0; i < n; i++) {
                assertThat(dot(a[i], v)).isCloseTo(r.values()[c] * v[i], within(1e-9));
            }
            assertThat(dot(v, v)).isCloseTo(1, within(1e-12));
            if (c > 0) {
                assertThat(r.values()[c]).isLessThanOrEqualTo(r.values()[c - 1]);
                assertThat(dot(v, r.vectors()[c - 1])).isCloseTo(0, within(1e-12));
            }
        }
    }
}

package io.neurograph.engine.vector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Generated data for the vector tests: Gaussian cluster centres plus smaller Gaussian noise. */
final class TestVectors {
    private TestVectors() {
    }

    /** {@code count} vectors around {@code clusters} centres; the same seed gives the same centres. */
    static float[][] clustered(int count, int dimension, int clusters, long seed) {
        return clusters(clusters, dimension, seed).sample(count, seed + 1);
    }

    static Clusters clusters(int clusters, int dimension, long seed) {
        return new Clusters(gaussian(clusters, dimension, 1.0, new SplittableRandom(seed)));
    }

    /** Cluster centres; members are a random centre plus Gaussian noise of half the centres' spread. */
    record Clusters(float[][] centres) {
        float[][] sample(int count, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int dimension = centres[0].length;
            float[][] vectors = new float[count][dimension];
            for (int i = 0; i < count; i++) {
                float[] centre = centres[random.nextInt(centres.length)];
                for (int d = 0; d < dimension; d++) {
                    vectors[i][d] = (float) (centre[d] + 0.5 * random.nextGaussian());
                }
            }
            return vectors;
        }
    }

    static float[][] gaussian(int count, int dimension, double sigma, SplittableRandom random) {
        float[][] vectors = new float[count][dimension];
        for (float[] v : vectors) {
            for (int d = 0; d < dimension; d++) {
                v[d] = (float) (sigma * random.nextGaussian());
            }
        }
        return vectors;
    }

    /** A committed file holding {@code vectors} with token ids 1000 + row. */
    static VectorFile write(Path file, float[][] vectors, VectorEncoding encoding) throws IOException {
        VectorFile out = VectorFile.create(file, vectors[0].length, encoding);
        for (int i = 0; i < vectors.length; i++) {
            out.append(1000L + i, vectors[i]);
        }
        out.commit();
        return out;
    }
}

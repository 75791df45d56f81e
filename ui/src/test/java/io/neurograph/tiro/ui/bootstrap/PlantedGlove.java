package io.neurograph.tiro.ui.bootstrap;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A GloVe text file of words in planted clusters (the engine test's {@code PlantedWords}, whose test-jar the
 * ui module does not see): word {@code c<cluster>w<i>} is its cluster's centre plus small noise, so its
 * nearest neighbours are the words of its own cluster.
 */
public final class PlantedGlove {
    private PlantedGlove() {
    }

    public static Path write(Path file, int clusters, int perCluster, int dimension, long seed) throws IOException {
        Random random = new Random(seed);
        float[][] centres = new float[clusters][dimension];
        for (float[] c : centres) {
            for (int j = 0; j < dimension; j++) {
                c[j] = (float) random.nextGaussian();
            }
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < perCluster; i++) {
                for (int c = 0; c < clusters; c++) {
                    StringBuilder line = new StringBuilder("c").append(c).append('w').append(i);
                    for (int j = 0; j < dimension; j++) {
                        line.append(' ').append(String.format(Locale.ROOT, "%.5f",
                                centres[c][j] + 0.15f * (float) random.nextGaussian()));
                    }
                    out.write(line.append('\n').toString());
                }
            }
        }
        return file;
    }
}

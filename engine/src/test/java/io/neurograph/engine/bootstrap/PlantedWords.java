package io.neurograph.engine.bootstrap;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Word vectors in planted clusters: word {@code c<cluster>w<i>} is its cluster's centre plus small
 * noise, so its nearest neighbours by cosine are the words of its own cluster.
 */
public record PlantedWords(List<String> words, List<float[]> vectors) {

    public static PlantedWords of(int clusters, int perCluster, int dimension, long seed) {
        Random random = new Random(seed);
        float[][] centres = new float[clusters][dimension];
        for (float[] c : centres) {
            for (int j = 0; j < dimension; j++) {
                c[j] = (float) random.nextGaussian();
            }
        }
        List<String> words = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < perCluster; i++) {
            for (int c = 0; c < clusters; c++) {
                float[] v = new float[dimension];
                for (int j = 0; j < dimension; j++) {
                    v[j] = centres[c][j] + 0.15f * (float) random.nextGaussian();
                }
                words.add("c" + c + "w" + i);
                vectors.add(v);
            }
        }
        return new PlantedWords(words, vectors);
    }

    public static String clusterOf(String word) {
        return word.substring(0, word.indexOf('w'));
    }

    /** GloVe text: one {@code word v1 … vD} line per word. */
    public Path writeGlove(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < words.size(); i++) {
                out.write(line(i));
            }
        }
        return file;
    }

    String line(int i) {
        StringBuilder s = new StringBuilder(words.get(i));
        for (float x : vectors.get(i)) {
            s.append(' ').append(x);
        }
        return s.append('\n').toString();
    }
}

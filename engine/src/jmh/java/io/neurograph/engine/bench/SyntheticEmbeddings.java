package io.neurograph.engine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Deterministic embedding-like vectors for benchmarks: each vector is one of {@link #CLUSTERS} Gaussian
 * cluster centres plus smaller Gaussian noise, so nearest neighbours have structure the way real word
 * vectors do (uniform random vectors in 300 dimensions have none, which makes HNSW recall meaningless).
 * Vector {@code i} depends only on (i, dimension, seed), so a 1 GB file can be written without holding it.
 */
public final class SyntheticEmbeddings {
    public static final int CLUSTERS = 1000;
    private static final double NOISE = 0.6;

    private SyntheticEmbeddings() {
    }

    /** Fills {@code dst} (length = dimension) with vector {@code i}. */
    public static void vector(long i, long seed, float[] dst) {
        SplittableRandom centre = new SplittableRandom(seed * 31 + i % CLUSTERS);
        SplittableRandom noise = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
        for (int d = 0; d < dst.length; d++) {
            dst[d] = (float) (gaussian(centre) + NOISE * gaussian(noise));
        }
    }

    /** The word of vector {@code i}: ASCII for most, some Cyrillic and CJK so readers see real UTF-8. */
    public static String word(long i) {
        return switch ((int) (i % 50)) {
            case 7 -> "слово" + i;
            case 13 -> "単語" + i;
            default -> "w" + i;
        };
    }

    /** Writes {@code count} vectors as a GloVe text file (no header, space separated, 6 decimals). */
    public static void writeGlove(Path file, long count, int dimension, long seed) throws IOException {
        float[] v = new float[dimension];
        StringBuilder line = new StringBuilder(dimension * 10);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                vector(i, seed, v);
                line.setLength(0);
                line.append(word(i));
                for (float x : v) {
                    appendFixed6(line.append(' '), x);
                }
                out.append(line).append('\n');
            }
        }
    }

    /** "%.6f" without String.format, which would take minutes for 120 million numbers. */
    static void appendFixed6(StringBuilder out, float x) {
        long micros = Math.round(Math.abs((double) x) * 1_000_000);
        if (x < 0 && micros != 0) {
            out.append('-');
        }
        out.append(micros / 1_000_000).append('.');
        String frac = Long.toString(micros % 1_000_000);
        out.repeat('0', 6 - frac.length()).append(frac);
    }

    private static double gaussian(SplittableRandom r) {
        return r.nextGaussian();
    }
}

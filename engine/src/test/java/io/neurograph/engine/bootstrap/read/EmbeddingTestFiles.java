package io.neurograph.engine.bootstrap.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small embedding files written byte by byte, so the tests see exactly what a real file holds. */
final class EmbeddingTestFiles {
    /** Three words, two of them non-Latin, with vectors of dimension 3. */
    static final Map<String, float[]> WORDS = words();

    private EmbeddingTestFiles() {
    }

    private static Map<String, float[]> words() {
        Map<String, float[]> words = new LinkedHashMap<>();
        words.put("cat", new float[] {0.5f, -1.25f, 3e-5f});
        words.put("слово", new float[] {-0.038194f, 0.0021426f, 12.5f});
        words.put("単語", new float[] {1f, 2f, -3f});
        return words;
    }

    /** Writes {@code text} as UTF-8. */
    static Path text(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** {@link #WORDS} as text lines, with an optional {@code N D} header and the given line end. */
    static String lines(boolean header, String lineEnd) {
        StringBuilder s = new StringBuilder();
        if (header) {
            s.append(WORDS.size()).append(' ').append(3).append(lineEnd);
        }
        WORDS.forEach((word, v) -> s.append(word).append(' ').append(v[0]).append(' ').append(v[1]).append(' ')
                .append(v[2]).append(lineEnd));
        return s.toString();
    }

    /** A word2vec binary file: header, then word, space, little-endian floats and (if asked) '\n' per record. */
    static Path binary(Path dir, String name, long declared, int dimension, Map<String, float[]> words,
            boolean newlines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((declared + " " + dimension + "\n").getBytes(StandardCharsets.US_ASCII));
        words.forEach((word, v) -> {
            out.writeBytes(word.getBytes(StandardCharsets.UTF_8));
            out.write(' ');
            ByteBuffer floats = ByteBuffer.allocate(Float.BYTES * v.length).order(ByteOrder.LITTLE_ENDIAN);
            for (float x : v) {
                floats.putFloat(x);
            }
            out.writeBytes(floats.array());
            if (newlines) {
                out.write('\n');
            }
        });
        return Files.write(dir.resolve(name), out.toByteArray());
    }
}

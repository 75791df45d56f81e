package io.neurograph.engine.bootstrap;

import io.neurograph.engine.bootstrap.read.BadLine;
import io.neurograph.engine.bootstrap.read.EmbeddingRecord;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.embed.ModelIdentity;
import io.neurograph.engine.embed.SentenceEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Words embedded on the fly by the sentence model, {@value #BATCH} per encoder run. Positions are
 * word indices: position p resumes at word p (0-based), and a record's line is its 1-based number.
 */
final class VocabularySource implements RecordSource {
    static final String KIND = "default-vocabulary";
    /** How job.json and the report name this source. */
    static final String DESCRIPTION = "the default vocabulary";
    /** Words per encoder run: short sequences, so a batch costs little more than one word. */
    static final int BATCH = 64;

    private final Path model;
    private final Path tokenizerJson;
    private final List<String> words;
    private final Function<Path, CapsuleRuntime> runtimes;

    VocabularySource(Path model, Path tokenizerJson, List<String> words, Function<Path, CapsuleRuntime> runtimes) {
        this.model = model;
        this.tokenizerJson = tokenizerJson;
        this.words = words;
        this.runtimes = runtimes;
    }

    /**
     * The content of the tokenizer file and the word list: where the files sit, when they were
     * written and how the model file was converted (its manifest carries a time stamp) do not
     * matter, so a re-installed or re-converted model still finds its finished job. The model is
     * known by the SHA-256 of its source (read from the converted file's manifest, without loading
     * it): embedding with another needs --restart.
     */
    @Override
    public SourceIdentity identity() throws IOException {
        MessageDigest digest = SourceIdentity.newDigest();
        SourceIdentity.addHead(digest, tokenizerJson);
        for (String word : words) {
            digest.update(word.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return new SourceIdentity(KIND, DESCRIPTION, words.size(), 0, HexFormat.of().formatHex(digest.digest()),
                ModelIdentity.of(model));
    }

    @Override
    public Path file() {
        return tokenizerJson;
    }

    @Override
    public String stage() {
        return "embed";
    }

    @Override
    public Reader open(long position, long line, boolean skipBad) {
        SentenceEmbedder embedder = SentenceEmbedder.open(model, tokenizerJson, runtimes);
        int dimension;
        try {
            dimension = embedder.embed("").length;
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
        return new Reader() {
            private int next = (int) position;
            private float[][] batch = new float[0][];
            private int batchStart;

            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public EmbeddingRecord next() {
                if (next >= words.size()) {
                    return null;
                }
                if (next - batchStart >= batch.length) {
                    batchStart = next;
                    batch = embedder.embedBatch(words.subList(next, Math.min(words.size(), next + BATCH)));
                }
                EmbeddingRecord record = new EmbeddingRecord(words.get(next), batch[next - batchStart], next + 1);
                next++;
                return record;
            }

            @Override
            public long position() {
                return next;
            }

            @Override
            public long done() {
                return next;
            }

            @Override
            public long total() {
                return words.size();
            }

            @Override
            public long skipped() {
                return 0;
            }

            @Override
            public List<BadLine> badLines() {
                return List.of();
            }

            @Override
            public void close() {
                embedder.close();
            }
        };
    }
}

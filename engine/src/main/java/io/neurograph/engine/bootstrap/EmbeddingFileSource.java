package io.neurograph.engine.bootstrap;

import io.neurograph.engine.bootstrap.read.BadLine;
import io.neurograph.engine.bootstrap.read.EmbeddingFormatException;
import io.neurograph.engine.bootstrap.read.EmbeddingProfile;
import io.neurograph.engine.bootstrap.read.EmbeddingReader;
import io.neurograph.engine.bootstrap.read.EmbeddingRecord;
import io.neurograph.engine.bootstrap.read.EmbeddingSniffer;
import io.neurograph.engine.bootstrap.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An embedding file (GloVe, word2vec text or binary, fastText .vec) as sniffed. */
public final class EmbeddingFileSource implements RecordSource {
    public static final String KIND = "embedding-file";

    private final EmbeddingProfile profile;

    private EmbeddingFileSource(EmbeddingProfile profile) {
        this.profile = profile;
    }

    /** Sniffs the file's format and dimension. */
    public static EmbeddingFileSource of(Path file) throws IOException, EmbeddingFormatException {
        return new EmbeddingFileSource(EmbeddingSniffer.sniff(file));
    }

    public EmbeddingProfile profile() {
        return profile;
    }

    @Override
    public SourceIdentity identity() throws IOException {
        return SourceIdentity.ofFile(KIND, profile.file());
    }

    @Override
    public Path file() {
        return profile.file();
    }

    @Override
    public String stage() {
        return "import";
    }

    @Override
    public Reader open(long position, long line, boolean skipBad) throws IOException {
        EmbeddingReader reader = EmbeddingReader.open(profile, new ReadOptions(skipBad, position, line));
        return new Reader() {
            @Override
            public int dimension() {
                return profile.dimension();
            }

            @Override
            public EmbeddingRecord next() throws IOException, EmbeddingFormatException {
                return reader.next();
            }

            @Override
            public long position() {
                return reader.position();
            }

            @Override
            public long done() {
                return reader.position();
            }

            @Override
            public long total() {
                return profile.fileBytes();
            }

            @Override
            public long skipped() {
                return reader.stats().skipped();
            }

            @Override
            public List<BadLine> badLines() {
                return reader.stats().badLines();
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}

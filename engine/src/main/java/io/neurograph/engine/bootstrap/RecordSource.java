package io.neurograph.engine.bootstrap;

import io.neurograph.engine.bootstrap.read.BadLine;
import io.neurograph.engine.bootstrap.read.EmbeddingFormatException;
import io.neurograph.engine.bootstrap.read.EmbeddingRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a {@link BootstrapJob} gets its words and vectors: an embedding file
 * ({@link EmbeddingFileSource}) or the default vocabulary embedded on the fly
 * ({@link DefaultVocabulary#source}). Reading resumes from a position a reader reported, so a job
 * continues after a crash or a cancel where its last checkpoint stopped.
 */
public interface RecordSource {
    /** What the job records in {@code job.json} and compares on resume; cheap to compute. */
    SourceIdentity identity() throws IOException;

    /** The file named in messages about a record (the embedding file, or the tokenizer.json). */
    Path file();

    /** Progress stage while reading: {@code "import"} for a file, {@code "embed"} for the vocabulary. */
    String stage();

    /**
     * Starts reading just after {@code position} (0: from the beginning), where {@code line} is the
     * {@link EmbeddingRecord#line()} of the record that ended there.
     */
    Reader open(long position, long line, boolean skipBad) throws IOException, EmbeddingFormatException;

    /** A pass over the records; not thread-safe. */
    interface Reader extends AutoCloseable {
        int dimension();

        /** The next good record, or null at the end; a bad one is skipped or thrown per {@code skipBad}. */
        EmbeddingRecord next() throws IOException, EmbeddingFormatException;

        /** Resume point just after the last record returned. */
        long position();

        /** Progress in the source's own units (bytes, words): done so far of {@link #total()}. */
        long done();

        long total();

        /** Bad lines skipped since this reader was opened, and the first of them. */
        long skipped();

        List<BadLine> badLines();

        @Override
        void close() throws IOException;
    }
}

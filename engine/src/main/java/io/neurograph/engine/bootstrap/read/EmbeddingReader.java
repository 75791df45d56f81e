package io.neurograph.engine.bootstrap.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of an embedding file described by an {@link EmbeddingProfile}, parsing bytes in place: memory
 * is one read window (1 MiB, larger only for a longer line) plus the returned records, whatever the file size.
 * Duplicate words are returned like any other (deduplication is the caller's). Not thread-safe; progress and
 * cancellation belong to the caller, who polls between records (see {@link #stats()} and {@link #position()}).
 */
public final class EmbeddingReader implements AutoCloseable {
    /** How many skipped lines {@link ReadStats#badLines()} lists; the rest are only counted. */
    public static final int BAD_LINES_KEPT = 100;
    static final int MAX_WORD_BYTES = 1 << 16;

    private final EmbeddingProfile profile;
    private final ReadOptions options;
    private final FileBytes in;
    private final TextLineParser text;
    private final int vectorBytes;
    private final List<BadLine> badLines = new ArrayList<>();
    private boolean started;
    private boolean finished;
    private long line;
    private long position;
    private long records;
    private long skipped;
    private float[] spare;

    private EmbeddingReader(EmbeddingProfile profile, ReadOptions options) throws IOException {
        this.profile = profile;
        this.options = options;
        this.in = new FileBytes(profile.file(), options.startOffset());
        this.text = profile.format().isBinary() ? null : new TextLineParser(profile.dimension());
        this.vectorBytes = Float.BYTES * profile.dimension();
        this.line = options.startLine();
        this.position = options.startOffset();
    }

    /** Opens the file at the profile's path; nothing is read until the first {@link #next()}. */
    public static EmbeddingReader open(EmbeddingProfile profile, ReadOptions options) throws IOException {
        if (options.startOffset() > profile.fileBytes()) {
            throw new IllegalArgumentException(profile.file() + ": start offset " + options.startOffset()
                    + " is past the end of the file (" + profile.fileBytes() + " bytes)");
        }
        return new EmbeddingReader(profile, options);
    }

    /**
     * The next good record, or null at the end of the file. A malformed line is counted and listed in
     * {@link #stats()} and skipped when {@link ReadOptions#skipBad()} is set, and otherwise stops the reading with an
     * {@link EmbeddingFormatException} naming the file, the line and the problem.
     */
    public EmbeddingRecord next() throws IOException, EmbeddingFormatException {
        if (!started) {
            started = true;
            if (options.startOffset() == 0) {
                skipPreamble();
            }
        }
        return text != null ? nextText() : nextBinary();
    }

    /** The byte offset just after the last record returned: the value to resume from (see {@link ReadOptions}). */
    public long position() {
        return position;
    }

    /** The number of the last line read (binary: of the last record read), good or not. */
    public long line() {
        return line;
    }

    public ReadStats stats() {
        return new ReadStats(line - options.startLine(), records, skipped, in.offset() - options.startOffset(),
                badLines);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void skipPreamble() throws IOException, EmbeddingFormatException {
        in.skipByteOrderMark();
        if (profile.format().hasHeader()) {
            int end = in.lineEnd(1);
            in.consumeTo(end == FileBytes.END ? in.limit() : end + 1);
            if (text != null) {
                line = 1;   // binary files number records, not lines
            }
        }
    }

    private EmbeddingRecord nextText() throws IOException, EmbeddingFormatException {
        while (true) {
            int end = in.lineEnd(line + 1);
            int start = in.pos();
            if (end == FileBytes.END) {
                if (start == in.limit()) {
                    return null;
                }
                end = in.limit();   // a last line without '\n'
            }
            line++;
            float[] vector = spareVector();
            TextLineParser.Outcome outcome = text.parse(in.buf(), start, end, vector);
            in.consumeTo(Math.min(end + 1, in.limit()));
            switch (outcome) {
                case BLANK -> { }
                case BAD -> bad(new EmbeddingFormatException(profile.file(), line, text.problem()));
                case RECORD -> {
                    return record(text.word(), vector);
                }
            }
        }
    }

    private EmbeddingRecord nextBinary() throws IOException, EmbeddingFormatException {
        while (!finished) {
            while (in.request(1) && in.buf()[in.pos()] == '\n') {   // the optional '\n' ending the previous record
                in.consumeTo(in.pos() + 1);
            }
            if (line == profile.declaredCount()) {
                return null;    // like word2vec itself, whatever follows the declared records is not read
            }
            long offset = in.offset();
            int space = in.indexOf((byte) ' ', MAX_WORD_BYTES);
            if (space == FileBytes.TOO_FAR) {
                throw new EmbeddingFormatException(profile.file(), line + 1, offset, "no space after the word within "
                        + MAX_WORD_BYTES + " bytes; the file is corrupt or not word2vec binary");
            }
            line++;
            int wordStart = in.pos();
            int wordBytes = space == FileBytes.END ? in.limit() - wordStart : space - wordStart;
            if (space == FileBytes.END || !in.request(wordBytes + 1 + vectorBytes)) {
                finished = true;
                bad(new EmbeddingFormatException(profile.file(), line, offset, truncation(in.limit() - in.pos())));
                in.consumeTo(in.limit());
                return null;
            }
            wordStart = in.pos();   // the window may have moved
            byte[] b = in.buf();
            float[] vector = spareVector();
            ByteBuffer.wrap(b, wordStart + wordBytes + 1, vectorBytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()
                    .get(vector);
            in.consumeTo(wordStart + wordBytes + 1 + vectorBytes);
            String word = wordBytes == 0 ? null : Utf8.decode(b, wordStart, wordStart + wordBytes);
            String problem = wordBytes == 0 ? "the word is empty"
                    : word == null ? Utf8.problem(b, wordStart, wordStart + wordBytes) : nonFinite(vector);
            if (problem == null) {
                return record(word, vector);
            }
            bad(new EmbeddingFormatException(profile.file(), line, offset, problem));
        }
        return null;
    }

    private String truncation(int remaining) {
        return remaining == 0
                ? "the file ends after " + (line - 1) + " of the " + profile.declaredCount() + " records its header declares"
                : "the record is truncated: the file ends " + remaining + " bytes after its start (a record of "
                        + profile.dimension() + " dimensions takes the word, a space and " + vectorBytes + " bytes)";
    }

    private static String nonFinite(float[] vector) {
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                return "number " + (i + 1) + " is " + vector[i] + "; vectors must not contain NaN or infinity";
            }
        }
        return null;
    }

    private EmbeddingRecord record(String word, float[] vector) {
        spare = null;
        records++;
        position = in.offset();
        return new EmbeddingRecord(word, vector, line);
    }

    /** A fresh array for the next record, kept across bad lines. */
    private float[] spareVector() {
        if (spare == null) {
            spare = new float[profile.dimension()];
        }
        return spare;
    }

    private void bad(EmbeddingFormatException e) throws EmbeddingFormatException {
        if (!options.skipBad()) {
            throw e;
        }
        skipped++;
        if (badLines.size() < BAD_LINES_KEPT) {
            badLines.add(new BadLine(line, e.offset() < 0 ? e.problem() : "at byte " + e.offset() + ": " + e.problem()));
        }
    }
}

package io.neurograph.engine.bootstrap.read;

import java.nio.file.Path;

/**
 * An embedding file, or one line or record of it, cannot be read. The message is one line naming the file, the
 * 1-based line (binary files: the record number and its byte offset) and what is wrong, e.g.
 * {@code glove.txt line 17: expected 300 numbers after the word, found 299}.
 */
public final class EmbeddingFormatException extends Exception {
    private final Path file;
    private final long line;
    private final long offset;
    private final String problem;

    /** A problem with a text line, or with the whole file when {@code line} is 0. */
    public EmbeddingFormatException(Path file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.offset = -1;
        this.problem = problem;
    }

    /** A problem with a binary record starting at {@code offset}. */
    public EmbeddingFormatException(Path file, long record, long offset, String problem) {
        super(file + " record " + record + " (byte " + offset + "): " + problem);
        this.file = file;
        this.line = record;
        this.offset = offset;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line (binary: record number), or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** The byte offset of the binary record, or -1 for text lines and whole-file problems. */
    public long offset() {
        return offset;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}

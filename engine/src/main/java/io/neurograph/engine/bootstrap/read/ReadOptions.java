package io.neurograph.engine.bootstrap.read;

/**
 * How an {@link EmbeddingReader} reads.
 *
 * @param skipBad     skip malformed lines (counted and listed in {@link ReadStats}) instead of throwing
 * @param startOffset 0 to start at the beginning (the reader skips a byte order mark and the header), or a value of
 *                    {@link EmbeddingReader#position()} to resume just after that record
 * @param startLine   with a non-zero start offset, the {@link EmbeddingRecord#line()} of the record that ends there,
 *                    so that line numbers stay those of the file; 0 when starting at the beginning
 */
public record ReadOptions(boolean skipBad, long startOffset, long startLine) {
    public ReadOptions {
        if (startOffset < 0 || startLine < 0) {
            throw new IllegalArgumentException("start offset and line must be >= 0, got " + startOffset + " and " + startLine);
        }
    }

    /** Reads the whole file. */
    public static ReadOptions fromStart(boolean skipBad) {
        return new ReadOptions(skipBad, 0, 0);
    }
}

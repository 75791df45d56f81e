package io.neurograph.engine.vector;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A vector file or a saved index cannot be used: wrong magic, unsupported version, inconsistent sizes, or an
 * index that no longer matches its vectors. The message names the file, the header field and what was
 * expected against what was found, and says what to do; the file itself is never modified.
 */
public final class VectorFileException extends IOException {
    private final Path file;
    private final String field;

    public VectorFileException(Path file, String field, String problem) {
        super(file + ": header field '" + field + "': " + problem);
        this.file = file;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public String field() {
        return field;
    }
}

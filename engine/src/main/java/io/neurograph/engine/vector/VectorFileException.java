package io.neurograph.engine.vector;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A vector file or a saved index cannot be used: wrong magic, unsupported version, inconsistent sizes, a damaged
 * graph, or an index that no longer matches its vectors. The message names the file and the header field (or
 * part) with what was expected against what was found, and says what to do; the file is never modified.
 */
public final class VectorFileException extends IOException {
    private final Path file;
    private final String field;

    private VectorFileException(Path file, String field, String message) {
        super(message);
        this.file = file;
        this.field = field;
    }

    static VectorFileException header(Path file, String field, String problem) {
        return new VectorFileException(file, field, file + ": header field '" + field + "': " + problem);
    }

    /** A problem past the header, in the part named {@code part}. */
    static VectorFileException body(Path file, String part, String problem) {
        return new VectorFileException(file, part, file + ": " + part + ": " + problem);
    }

    public Path file() {
        return file;
    }

    /** The header field or part at fault, e.g. "version" or "graph". */
    public String field() {
        return field;
    }
}

package io.neurograph.engine.store;

import java.nio.file.Path;

/**
 * The durable store cannot be opened, read or written. The message names the file and what is
 * wrong; the file itself is left untouched so the user can inspect or back it up.
 */
public class StoreException extends RuntimeException {
    private final Path file;

    public StoreException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public StoreException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.file = file;
    }

    /** For subclasses that word the whole message themselves. */
    protected StoreException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}

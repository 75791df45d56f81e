package io.neurograph.engine.capsule;

import java.nio.file.Path;

/**
 * A model or {@code .cgraph} file cannot be read: wrong magic, unsupported version, truncated,
 * corrupted or inconsistent. The message is one line naming the file, where possible the byte
 * offset, and what is wrong, so a user can act on it; the file itself is never modified.
 */
public final class ModelFormatException extends RuntimeException {
    private final Path file;

    public ModelFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ModelFormatException(Path file, long offset, String problem) {
        super(file + ": at byte " + offset + ": " + problem);
        this.file = file;
    }

    public ModelFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}

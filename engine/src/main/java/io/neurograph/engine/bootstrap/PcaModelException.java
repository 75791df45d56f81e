package io.neurograph.engine.bootstrap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@code pca_model.bin} cannot be used: unknown version, impossible sizes, or fewer bytes than
 * its header promises. The message names the file and the field; the file is not modified.
 */
public final class PcaModelException extends IOException {
    private final Path file;
    private final String field;

    public PcaModelException(Path file, String field, String problem) {
        super(file + ": field '" + field + "': " + problem);
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

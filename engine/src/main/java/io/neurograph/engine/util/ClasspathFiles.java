package io.neurograph.engine.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Copies resources shipped in jars (models, tokenizers) to real files, because the readers map files
 * rather than read streams. The copy goes through a temporary file and an atomic move, so an
 * interrupted copy never leaves a truncated file that a later run would take for complete.
 */
public final class ClasspathFiles {
    private ClasspathFiles() {
    }

    /** True if the class path holds the root-level resource {@code name}. */
    public static boolean has(String name) {
        return loader().getResource(name) != null;
    }

    /**
     * Opens the root-level resource {@code name}.
     *
     * @throws NoSuchFileException if the class path does not hold the resource
     */
    public static InputStream open(String name) throws IOException {
        InputStream in = loader().getResourceAsStream(name);
        if (in == null) {
            throw new NoSuchFileException(name, null, "not on the class path");
        }
        return in;
    }

    /**
     * Returns {@code target}, copying the root-level resource {@code name} there first unless the file exists.
     *
     * @throws NoSuchFileException if the class path does not hold the resource
     */
    public static Path copy(String name, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try (InputStream in = open(name)) {
            Path partial = Files.createTempFile(dir, target.getFileName().toString(), ".part");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return target;
    }

    // root-level resources are in no package, so module encapsulation does not hide them from the loader
    private static ClassLoader loader() {
        return ClasspathFiles.class.getClassLoader();
    }
}

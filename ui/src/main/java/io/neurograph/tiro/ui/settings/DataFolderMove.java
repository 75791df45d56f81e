package io.neurograph.tiro.ui.settings;

import io.neurograph.engine.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Moves the data folder by copy, verify, switch: every file is copied, then compared by size and SHA-256,
 * then the {@value DataDirectory#LOCATION_FILE} pointer in the config folder is written, which
 * {@link DataDirectory#resolve} follows at the next start. Any failure removes what was copied and restores
 * the previous pointer, so the old folder stays the one in use. The source is left in place (the user
 * deletes it once the new folder works). Engine-free; runs on a worker thread.
 */
public final class DataFolderMove {
    /** Copies one file; replaceable so that a test can damage a copy and see the move roll back. */
    @FunctionalInterface
    public interface FileCopier {
        void copy(Path source, Path target) throws IOException;
    }

    private final Path configDir;
    private final FileCopier copier;

    public DataFolderMove(Path configDir) {
        this(configDir, (s, t) -> Files.copy(s, t, StandardCopyOption.COPY_ATTRIBUTES));
    }

    public DataFolderMove(Path configDir, FileCopier copier) {
        this.configDir = configDir;
        this.copier = copier;
    }

    /**
     * @return the number of files copied
     * @throws IOException with a message for the user when the target is unsuitable or a step failed; the
     *                     pointer is then as before and nothing copied is left behind
     */
    public int move(Path source, Path target) throws IOException {
        Path from = source.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        requireSuitable(from, to);
        Path pointer = configDir.resolve(DataDirectory.LOCATION_FILE);
        Optional<String> previousPointer = Files.isRegularFile(pointer) ? Optional.of(Files.readString(pointer))
                : Optional.empty();
        boolean targetExisted = Files.isDirectory(to);
        try {
            List<Path> files = copyTree(from, to);
            for (Path relative : files) {
                verify(from.resolve(relative), to.resolve(relative));
            }
            writePointer(pointer, to.toString());
            return files.size();
        } catch (IOException | RuntimeException e) {
            IOException cleanup = rollback(to, targetExisted, pointer, previousPointer);
            if (cleanup != null) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void requireSuitable(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException("The data folder " + from + " does not exist");
        }
        if (to.equals(from) || to.startsWith(from) || from.startsWith(to)) {
            throw new IOException("The new folder " + to + " must be outside the current data folder " + from);
        }
        if (Files.exists(to) && (!Files.isDirectory(to) || !isEmpty(to))) {
            throw new IOException("The new folder " + to + " must be empty or not exist yet");
        }
    }

    private List<Path> copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = from.relativize(file);
                copier.copy(file, to.resolve(relative));
                files.add(relative);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static void verify(Path original, Path copy) throws IOException {
        if (Files.size(original) != Files.size(copy) || !Arrays.equals(sha256(original), sha256(copy))) {
            throw new IOException("The copy of " + original + " differs from the original (was it changed while "
                    + "copying?); the data folder was not moved");
        }
    }

    private static void writePointer(Path pointer, String content) throws IOException {
        Files.createDirectories(pointer.getParent());
        Path temp = Files.createTempFile(pointer.getParent(), DataDirectory.LOCATION_FILE, ".tmp");
        Files.writeString(temp, content + System.lineSeparator());
        Files.move(temp, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Deletes the copy, then restores the pointer; each step is tried even if the other failed, and a failure
     * of its own is returned instead of hiding the first.
     */
    private static IOException rollback(Path to, boolean targetExisted, Path pointer, Optional<String> previous) {
        IOException failure = null;
        try (Stream<Path> all = Files.exists(to) ? Files.walk(to) : Stream.empty()) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!(targetExisted && p.equals(to))) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            failure = e;
        }
        try {
            if (previous.isPresent()) {
                writePointer(pointer, previous.get().strip());
            } else if (Files.isDirectory(pointer.getParent())) {
                Files.deleteIfExists(pointer);
            }
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        return failure;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static byte[] sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }
}

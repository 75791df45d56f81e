package io.neurograph.engine.store.sqlite;

import io.neurograph.engine.store.DataFolderInUseException;
import io.neurograph.engine.store.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An exclusive OS lock on {@code <dataDir>/tiro.lock}, held from before the database is opened until the repository
 * is closed: a second process (or a second engine in this JVM) cannot open the folder, whether or not the first has
 * written yet. {@link FileChannel#tryLock()} is an advisory {@code fcntl} lock on Linux and macOS and a
 * {@code LockFileEx} lock on Windows; the OS drops it when the process ends, even on a crash or {@code kill -9}, so a
 * stale lock file never blocks anyone. The file stays in the folder (deleting it could let two processes lock two
 * different files); its content is unused.
 *
 * <p>Locks of one JVM are tracked in a set: a second channel on the file is never opened in this JVM, because closing
 * it would release the process's POSIX lock taken through the first channel.
 */
final class FolderLock implements AutoCloseable {
    static final String FILE_NAME = "tiro.lock";

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final AtomicBoolean released = new AtomicBoolean();

    private FolderLock(Path key, FileChannel channel) {
        this.key = key;
        this.channel = channel;
    }

    /**
     * Locks the folder (which must exist).
     *
     * @throws DataFolderInUseException when another process or engine holds it
     * @throws StoreException when the lock file cannot be created or locked
     */
    static FolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Path key;
        try {
            key = dataDir.toRealPath().resolve(FILE_NAME);
        } catch (IOException e) {
            throw new StoreException(dataDir, "cannot be resolved to lock it", e);
        }
        if (!HELD.add(key)) {
            throw new DataFolderInUseException(dataDir, "this process has it open already");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataFolderInUseException(dataDir, inUseDetail(file));
            }
            return new FolderLock(key, channel);
        } catch (OverlappingFileLockException e) {
            // not expected with the set above, but the same situation: this JVM holds the lock
            closeQuietly(channel);
            HELD.remove(key);
            throw new DataFolderInUseException(dataDir, "this process has it open already", e);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw new StoreException(file, "cannot be created or locked", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw e;
        }
    }

    static String inUseDetail(Path lockFile) {
        return "it holds the lock on " + lockFile.getFileName() + "; close the Tiro window or command using it and "
                + "try again";
    }

    /** Releases the lock; the lock file stays. Idempotent. */
    @Override
    public void close() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock; the OS drops it at process exit in any case
        } finally {
            HELD.remove(key);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}

package io.neurograph.engine.capsule.cgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written as {@code TARGET.part} next to the target and moved over it only when complete, so a
 * reader never sees a half-written target; closing without {@link #commit} deletes the partial file.
 */
final class AtomicOutput implements AutoCloseable {
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(CgraphHeader.ALIGNMENT).asReadOnlyBuffer();

    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private boolean done;

    private AtomicOutput(Path target, Path part, FileChannel channel) {
        this.target = target;
        this.part = part;
        this.channel = channel;
    }

    static AtomicOutput create(Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            return new AtomicOutput(target, part, FileChannel.open(part, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + part, e);
        }
    }

    Path target() {
        return target;
    }

    /** Writes all of {@code b} at the channel's position. */
    void write(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** A read-only buffer of {@code count} ≤ 4096 zero bytes. */
    static ByteBuffer zeros(int count) {
        return ZEROS.slice(0, count);
    }

    /** Writes the header at offset 0, flushes to disk and moves the file over the target. */
    void commit(CgraphHeader header) throws IOException {
        ByteBuffer b = header.encode();
        while (b.hasRemaining()) {
            channel.write(b, b.position());
        }
        channel.force(true);
        channel.close();
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            channel.close();
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the partial file " + part, e);
        }
    }
}

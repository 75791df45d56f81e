package io.neurograph.engine.capsule;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Copies a byte range of a file into a channel: how tensors stream from a source model into a new file. */
public final class FileRanges {
    /** A bounded direct buffer: the heap does not grow with the tensor and the channels copy nothing more. */
    private static final int CHUNK = 1 << 20;

    private FileRanges() {
    }

    /**
     * Writes exactly {@code length} bytes of {@code file} from {@code offset} to {@code out}.
     *
     * @throws EOFException if the file is too short
     */
    public static void copy(Path file, long offset, long length, WritableByteChannel out) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            if (in.size() - offset < length) {
                throw new EOFException(file + " is " + in.size() + " bytes, too short for " + length
                        + " bytes at " + offset);
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect((int) Math.min(Math.max(length, 1), CHUNK));
            long done = 0;
            while (done < length) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
                int n = in.read(buffer, offset + done);
                if (n < 0) {
                    throw new EOFException(file + " ended while reading " + length + " bytes at " + offset);
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                done += n;
            }
        }
    }
}

package io.neurograph.engine.capsule.cgraph;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The bytes of one tensor, streamed into the file by {@link CgraphWriter#addTensor}. */
@FunctionalInterface
public interface TensorSource {

    /** Writes exactly the length declared to {@link CgraphWriter#addTensor}. */
    void writeTo(WritableByteChannel out) throws IOException;

    /** The array's bytes; the array must not change until the tensor is written. */
    static TensorSource of(byte[] bytes) {
        return out -> {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                out.write(b);
            }
        };
    }

    /** {@code length} bytes of {@code file} from {@code offset}, copied through a bounded buffer. */
    static TensorSource ofFileRange(Path file, long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
        return out -> {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                if (in.size() - offset < length) {
                    throw new EOFException(file + " is " + in.size() + " bytes, too short for " + length
                            + " bytes at " + offset);
                }
                // a bounded direct buffer: the heap does not grow with the tensor, and the file channels copy nothing
                ByteBuffer buffer = ByteBuffer.allocateDirect((int) Math.min(length, CgraphWriter.CHUNK));
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
        };
    }
}

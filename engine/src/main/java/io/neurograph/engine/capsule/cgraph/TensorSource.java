package io.neurograph.engine.capsule.cgraph;

import io.neurograph.engine.capsule.FileRanges;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

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
        return out -> FileRanges.copy(file, offset, length, out);
    }
}

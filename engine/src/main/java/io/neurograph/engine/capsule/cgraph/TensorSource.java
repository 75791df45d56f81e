package io.neurograph.engine.capsule.cgraph;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/** The bytes of one tensor, streamed into the file by {@link CgraphWriter#addTensor}. */
@FunctionalInterface
public interface TensorSource {

    /** Writes exactly the length declared to {@link CgraphWriter#addTensor}. */
    void writeTo(WritableByteChannel out) throws IOException;

    static TensorSource of(byte[] bytes) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code length} bytes of {@code file} from {@code offset}, copied through a bounded buffer. */
    static TensorSource ofFileRange(Path file, long offset, long length) {
        throw new UnsupportedOperationException("not yet");
    }
}

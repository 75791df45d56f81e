package io.neurograph.engine.capsule.onnx;

import io.neurograph.engine.capsule.FileRanges;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/** Where a tensor's bytes are, always in raw_data encoding (fixed-width little-endian, sub-byte types packed). */
public sealed interface TensorData {
    long byteLength();

    /** Streams exactly {@link #byteLength()} bytes. */
    void writeTo(WritableByteChannel out) throws IOException;

    /** raw_data inside the model file, or a range of an external data file; never copied to the heap. */
    record FileRange(Path file, long offset, long length) implements TensorData {
        @Override
        public long byteLength() {
            return length;
        }

        @Override
        public void writeTo(WritableByteChannel out) throws IOException {
            FileRanges.copy(file, offset, length, out);
        }
    }

    /**
     * Bytes converted from the typed fields (float_data, int32_data, ...). For STRING tensors each string is
     * stored as an 8-byte little-endian length followed by its bytes.
     */
    record Inline(byte[] bytes) implements TensorData {
        @Override
        public long byteLength() {
            return bytes.length;
        }

        @Override
        public void writeTo(WritableByteChannel out) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                out.write(buf);
            }
        }
    }

    /** The tensor has no data (only possible for an empty tensor or a declaration without values). */
    record None() implements TensorData {
        @Override
        public long byteLength() {
            return 0;
        }

        @Override
        public void writeTo(WritableByteChannel out) {
            // nothing to write
        }
    }
}

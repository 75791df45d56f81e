package io.neurograph.engine.capsule.onnx;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                long done = 0;
                while (done < length) {
                    long n = in.transferTo(offset + done, length - done, out);
                    if (n <= 0) {
                        if (in.size() < offset + length) {
                            throw new EOFException(file + " ends before byte " + (offset + length));
                        }
                        // transferTo may return 0 for a non-blocking target; fall back to one buffered chunk
                        n = copyChunk(in, offset + done, Math.min(length - done, 1 << 16), out);
                    }
                    done += n;
                }
            }
        }

        private static long copyChunk(FileChannel in, long position, long bytes, WritableByteChannel out)
                throws IOException {
            ByteBuffer buf = ByteBuffer.allocate((int) bytes);
            while (buf.hasRemaining()) {
                if (in.read(buf, position + buf.position()) < 0) {
                    throw new EOFException("unexpected end of file at byte " + (position + buf.position()));
                }
            }
            buf.flip();
            while (buf.hasRemaining()) {
                out.write(buf);
            }
            return bytes;
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

package io.neurograph.engine.capsule.gguf;

import io.neurograph.engine.capsule.FileRanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes GGUF files in the layout gguf-py produces: the 24-byte header, the key/values in the given
 * order, the tensor infos, zero padding to the alignment, then each tensor's data at the next
 * aligned offset, the last one padded as well. Metadata and infos are built in memory; tensor data
 * is streamed from each tensor's {@link TensorBytes}.
 */
public final class GgufWriter {
    private static final int ZERO_CHUNK = 64 * 1024;

    private GgufWriter() {
    }

    /** Streams exactly a tensor's bytes (its {@link Tensor#byteSize()}) to a channel. */
    @FunctionalInterface
    public interface TensorBytes {
        void writeTo(WritableByteChannel out) throws IOException;

        static TensorBytes of(byte[] bytes) {
            byte[] copy = bytes.clone();
            return out -> writeFully(out, ByteBuffer.wrap(copy));
        }

        /** {@code length} bytes of {@code file} from {@code offset}, copied when written. */
        static TensorBytes ofFileRange(Path file, long offset, long length) {
            return out -> FileRanges.copy(file, offset, length, out);
        }
    }

    /**
     * A tensor to write.
     *
     * @param ne    dimensions in ggml order (ne[0] innermost), at most 4
     * @param bytes its data, exactly {@link #byteSize()} bytes in the type's layout
     */
    public record Tensor(String name, long[] ne, GgmlType type, TensorBytes bytes) {
        public Tensor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(bytes, "bytes");
            ne = ne.clone();
            String problem = GgufLayout.shapeProblem(name, ne, type);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }

        /** A tensor of a read file, its bytes copied from that file. */
        public static Tensor from(GgufFile file, GgufTensorInfo info) {
            return new Tensor(info.name(), info.ne(), info.type(),
                    TensorBytes.ofFileRange(file.file(), info.absoluteOffset(), info.byteSize()));
        }

        @Override
        public long[] ne() {
            return ne.clone();
        }

        public long byteSize() {
            return GgufLayout.byteSize(ne, type);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tensor that && name.equals(that.name) && Arrays.equals(ne, that.ne)
                    && type == that.type && bytes.equals(that.bytes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(ne), type, bytes);
        }

        @Override
        public String toString() {
            return "Tensor[" + name + " " + type + " ne=" + Arrays.toString(ne) + "]";
        }
    }

    /** Writes a GGUF v3 file; see {@link #write(Path, int, Map, List)}. */
    public static void write(Path out, Map<String, GgufValue> metadata, List<Tensor> tensors) {
        write(out, 3, metadata, tensors);
    }

    /**
     * Writes a GGUF file of the given version (2 or 3) to {@code out.part} and then moves it to
     * {@code out}; on failure the partial file is deleted.
     *
     * @param metadata key/values in the order to write them; {@code general.alignment}, if present,
     *                 must be a UINT32 power of two and sets the alignment (default 32)
     * @throws IllegalArgumentException for a bad version, alignment, duplicate or invalid tensor
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Path out, int version, Map<String, GgufValue> metadata, List<Tensor> tensors) {
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                write(channel, version, metadata, tensors);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write " + out, io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Writes a GGUF file of the given version (2 or 3) to a channel.
     *
     * @return the number of bytes written
     */
    public static long write(WritableByteChannel out, int version, Map<String, GgufValue> metadata,
            List<Tensor> tensors) throws IOException {
        if (version != 2 && version != 3) {
            throw new IllegalArgumentException("can write GGUF versions 2 and 3, not " + version);
        }
        long alignment = GgufFile.DEFAULT_ALIGNMENT;
        GgufValue alignmentValue = metadata.get(GgufLayout.ALIGNMENT_KEY);
        if (alignmentValue != null) {
            alignment = GgufLayout.alignmentOf(alignmentValue);
            if (alignment < 0) {
                throw new IllegalArgumentException(GgufLayout.ALIGNMENT_KEY + " must be a UINT32 power of two, got "
                        + alignmentValue);
            }
        }
        HeaderBuffer header = new HeaderBuffer();
        header.putInt(GgufLayout.MAGIC).putInt(version).putLong(tensors.size()).putLong(metadata.size());
        for (Map.Entry<String, GgufValue> entry : metadata.entrySet()) {
            header.putString(entry.getKey());
            header.putInt(entry.getValue().type().id());
            header.putValue(entry.getValue(), 0);
        }
        Set<String> names = new HashSet<>();
        long offset = 0;
        for (Tensor tensor : tensors) {
            if (!names.add(tensor.name())) {
                throw new IllegalArgumentException("duplicate tensor name '" + tensor.name() + "'");
            }
            header.putString(tensor.name());
            header.putInt(tensor.ne.length);
            for (long n : tensor.ne) {
                header.putLong(n);
            }
            header.putInt(tensor.type().id());
            header.putLong(offset);
            offset = GgufLayout.alignUp(Math.addExact(offset, tensor.byteSize()), alignment);
        }
        long written = header.writeTo(out);
        written += writeZeros(out, GgufLayout.alignUp(written, alignment) - written);
        for (Tensor tensor : tensors) {
            CountingChannel counted = new CountingChannel(out);
            tensor.bytes().writeTo(counted);
            if (counted.count != tensor.byteSize()) {
                throw new IllegalStateException("tensor '" + tensor.name() + "' wrote " + counted.count
                        + " bytes instead of " + tensor.byteSize());
            }
            written += counted.count;
            written += writeZeros(out, GgufLayout.alignUp(written, alignment) - written);
        }
        return written;
    }

    private static long writeZeros(WritableByteChannel out, long count) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(count, ZERO_CHUNK));
        for (long left = count; left > 0; left -= zeros.capacity()) {
            zeros.clear().limit((int) Math.min(left, zeros.capacity()));
            writeFully(out, zeros);
        }
        return count;
    }

    private static void writeFully(WritableByteChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** Counts what a tensor source writes, to check it against the declared size. */
    private static final class CountingChannel implements WritableByteChannel {
        private final WritableByteChannel out;
        private long count;

        CountingChannel(WritableByteChannel out) {
            this.out = out;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            int n = out.write(source);
            count += n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return out.isOpen();
        }

        @Override
        public void close() {
            // the caller owns the underlying channel
        }
    }

    /** The header, key/values and tensor infos: a growing little-endian buffer. */
    private static final class HeaderBuffer {
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private ByteBuffer buffer = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);

        private void ensure(long more) {
            if (buffer.remaining() >= more) {
                return;
            }
            long needed = buffer.position() + more;
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("GGUF metadata and tensor infos exceed 2 GB");
            }
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * buffer.capacity()));
            buffer = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN).put(buffer.flip());
        }

        HeaderBuffer putByte(long value) {
            ensure(1);
            buffer.put((byte) value);
            return this;
        }

        HeaderBuffer putShort(long value) {
            ensure(2);
            buffer.putShort((short) value);
            return this;
        }

        HeaderBuffer putInt(long value) {
            ensure(4);
            buffer.putInt((int) value);
            return this;
        }

        HeaderBuffer putLong(long value) {
            ensure(8);
            buffer.putLong(value);
            return this;
        }

        void putString(String text) {
            ByteBuffer encoded;
            try {
                encoded = utf8.encode(CharBuffer.wrap(text));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("string is not valid Unicode: " + text, e);
            }
            putLong(encoded.remaining());
            ensure(encoded.remaining());
            buffer.put(encoded);
        }

        void putValue(GgufValue value, int depth) {
            switch (value) {
                case GgufValue.Text(String text) -> putString(text);
                case GgufValue.Scalar(GgufValueType type, long bits) -> {
                    switch (type.fixedSize()) {
                        case 1 -> putByte(bits);
                        case 2 -> putShort(bits);
                        case 4 -> putInt(bits);
                        default -> putLong(bits);
                    }
                }
                case GgufValue.Array(GgufValueType elementType, List<GgufValue> elements) -> {
                    if (depth >= GgufValue.MAX_DEPTH) {
                        throw new IllegalArgumentException("arrays nested deeper than " + GgufValue.MAX_DEPTH);
                    }
                    putInt(elementType.id());
                    putLong(elements.size());
                    for (GgufValue element : elements) {
                        putValue(element, depth + 1);
                    }
                }
            }
        }

        long writeTo(WritableByteChannel out) throws IOException {
            buffer.flip();
            long size = buffer.remaining();
            writeFully(out, buffer);
            return size;
        }
    }
}

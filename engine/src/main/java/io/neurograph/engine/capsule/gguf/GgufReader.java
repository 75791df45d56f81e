package io.neurograph.engine.capsule.gguf;

import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the header, metadata and tensor infos of a GGUF file (versions 2 and 3, little-endian) and
 * checks them against each other and the file size. Tensor data is not read; use the offsets in
 * the returned {@link GgufFile}.
 */
public final class GgufReader {
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Smallest tensor info: name length, n_dims, type, offset. */
    private static final int MIN_TENSOR_INFO = 8 + 4 + 4 + 8;
    /** Smallest key/value: key length, value type, a one-byte value. */
    private static final int MIN_KV = 8 + 4 + 1;

    private final Path file;
    private final MemorySegment bytes;
    private final long size;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private long pos;

    private GgufReader(Path file, MemorySegment bytes) {
        this.file = file;
        this.bytes = bytes;
        this.size = bytes.byteSize();
    }

    /**
     * Reads a GGUF file's header, metadata and tensor infos.
     *
     * @throws ModelFormatException if the file is not a valid little-endian GGUF v2/v3 file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static GgufFile read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            long size = channel.size();
            if (size < GgufLayout.HEADER_SIZE) {
                throw new ModelFormatException(file, "file is " + size + " bytes, too short for a GGUF header ("
                        + GgufLayout.HEADER_SIZE + " bytes)");
            }
            return new GgufReader(file, channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena)).parse();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private GgufFile parse() {
        int magic = bytes.get(U32, 0);
        if (magic != GgufLayout.MAGIC) {
            throw new ModelFormatException(file, 0, "not a GGUF file: it starts with "
                    + String.format("%08x", Integer.reverseBytes(magic)) + " instead of \"GGUF\" (47475546)");
        }
        pos = 4;
        int version = u32();
        checkVersion(version);
        long tensorCount = count(u64(), MIN_TENSOR_INFO, "tensor count");
        long kvCount = count(u64(), MIN_KV, "metadata count");

        Map<String, GgufValue> metadata = new LinkedHashMap<>();
        long alignment = GgufFile.DEFAULT_ALIGNMENT;
        for (long i = 0; i < kvCount; i++) {
            long at = pos;
            String key = string("key of metadata entry " + i);
            if (metadata.containsKey(key)) {
                throw new ModelFormatException(file, at, "duplicate metadata key " + GgufLayout.quote(key));
            }
            GgufValue value = value(valueType("metadata " + GgufLayout.quote(key)), 0, key);
            if (key.equals(GgufLayout.ALIGNMENT_KEY)) {
                alignment = GgufLayout.alignmentOf(value);
                if (alignment < 0) {
                    throw new ModelFormatException(file, at, GgufLayout.ALIGNMENT_KEY
                            + " must be a UINT32 power of two, got " + (value instanceof GgufValue.Scalar ? value : value.type()));
                }
            }
            metadata.put(key, value);
        }

        List<RawTensor> raw = new ArrayList<>((int) Math.min(tensorCount, 1024));
        Set<String> names = new HashSet<>();
        for (long i = 0; i < tensorCount; i++) {
            raw.add(tensorInfo(i, names));
        }
        long dataStart = GgufLayout.alignUp(pos, alignment);
        List<GgufTensorInfo> tensors = new ArrayList<>(raw.size());
        for (RawTensor tensor : raw) {
            tensors.add(place(tensor, alignment, dataStart));
        }
        checkNoOverlap(raw, tensors);
        return new GgufFile(file, size, version, alignment, dataStart, metadata, tensors);
    }

    private void checkVersion(int version) {
        if (version == 2 || version == 3) {
            return;
        }
        if (version == 1) {
            throw new ModelFormatException(file, 4, "GGUF version 1 is not supported (only versions 2 and 3)");
        }
        // ggml's heuristic: a version read with the wrong byte order has its low 16 bits zero
        if (version != 0 && (version & 0xFFFF) == 0) {
            throw new ModelFormatException(file, 4, "big-endian GGUF is not supported");
        }
        throw new ModelFormatException(file, 4, "unsupported GGUF version " + Integer.toUnsignedString(version)
                + " (only versions 2 and 3)");
    }

    /** A count field checked against the bytes left, each counted item taking at least minItemSize bytes. */
    private long count(long count, int minItemSize, String what) {
        if (count < 0 || count > remaining() / minItemSize) {
            throw new ModelFormatException(file, pos - 8, what + " " + Long.toUnsignedString(count)
                    + " is more than the " + remaining() + " bytes left in the file can hold");
        }
        return count;
    }

    private GgufValueType valueType(String owner) {
        int id = u32();
        GgufValueType type = GgufValueType.of(id);
        if (type == null) {
            throw new ModelFormatException(file, pos - 4, owner + " has unknown value type "
                    + Integer.toUnsignedString(id));
        }
        return type;
    }

    private GgufValue value(GgufValueType type, int depth, String key) {
        return switch (type) {
            case UINT8 -> new GgufValue.Scalar(type, u8() & 0xFF);
            case INT8 -> new GgufValue.Scalar(type, u8());
            case UINT16 -> new GgufValue.Scalar(type, u16() & 0xFFFF);
            case INT16 -> new GgufValue.Scalar(type, u16());
            case UINT32, FLOAT32 -> new GgufValue.Scalar(type, u32() & 0xFFFF_FFFFL);
            case INT32 -> new GgufValue.Scalar(type, u32());
            case UINT64, INT64, FLOAT64 -> new GgufValue.Scalar(type, u64());
            case BOOL -> {
                byte b = u8();
                if (b != 0 && b != 1) {
                    throw new ModelFormatException(file, pos - 1, "metadata " + GgufLayout.quote(key) + " has bool value "
                            + (b & 0xFF) + " (must be 0 or 1)");
                }
                yield new GgufValue.Scalar(type, b);
            }
            case STRING -> new GgufValue.Text(string("value of metadata " + GgufLayout.quote(key)));
            case ARRAY -> array(depth, key);
        };
    }

    private GgufValue array(int depth, String key) {
        long at = pos;
        if (depth >= GgufValue.MAX_DEPTH) {
            throw new ModelFormatException(file, at, "metadata " + GgufLayout.quote(key) + " nests arrays deeper than "
                    + GgufValue.MAX_DEPTH);
        }
        GgufValueType elementType = valueType("array in metadata " + GgufLayout.quote(key));
        long count = u64();
        if (count < 0 || count > remaining() / elementType.minSize()) {
            throw new ModelFormatException(file, at, "metadata " + GgufLayout.quote(key) + " is an array of "
                    + Long.toUnsignedString(count) + " " + elementType + " values, more than the "
                    + remaining() + " bytes left in the file can hold");
        }
        List<GgufValue> elements = new ArrayList<>((int) Math.min(count, 1 << 16));
        for (long i = 0; i < count; i++) {
            elements.add(value(elementType, depth + 1, key));
        }
        return new GgufValue.Array(elementType, elements);
    }

    private RawTensor tensorInfo(long index, Set<String> names) {
        long at = pos;
        String name = string("name of tensor " + index);
        if (!names.add(name)) {
            throw new ModelFormatException(file, at, "duplicate tensor name " + GgufLayout.quote(name));
        }
        int dims = u32();
        if (dims < 0 || dims > GgufLayout.MAX_DIMS) {
            throw new ModelFormatException(file, pos - 4, "tensor " + GgufLayout.quote(name) + " has "
                    + Integer.toUnsignedString(dims) + " dimensions (at most " + GgufLayout.MAX_DIMS + " are supported)");
        }
        long[] ne = new long[dims];
        for (int i = 0; i < dims; i++) {
            ne[i] = u64();
        }
        int typeId = u32();
        GgmlType type = GgmlType.of(typeId);
        if (type == null) {
            throw new ModelFormatException(file, pos - 4, "tensor " + GgufLayout.quote(name) + " has unknown ggml type "
                    + Integer.toUnsignedString(typeId));
        }
        String problem = GgufLayout.shapeProblem(name, ne, type);
        if (problem != null) {
            throw new ModelFormatException(file, at, problem);
        }
        return new RawTensor(at, name, ne, type, u64());
    }

    private GgufTensorInfo place(RawTensor tensor, long alignment, long dataStart) {
        long offset = tensor.offset();
        if (offset < 0 || offset % alignment != 0) {
            throw new ModelFormatException(file, tensor.infoAt(), "tensor " + GgufLayout.quote(tensor.name()) + " has offset "
                    + Long.toUnsignedString(offset) + ", not a multiple of the alignment " + alignment);
        }
        long byteSize = GgufLayout.byteSize(tensor.ne(), tensor.type());
        if (offset > size || byteSize > size - offset || dataStart > size - offset - byteSize) {
            throw new ModelFormatException(file, tensor.infoAt(), "tensor " + GgufLayout.quote(tensor.name()) + " data ("
                    + byteSize + " bytes at data offset " + offset + " + " + dataStart
                    + ") extends past the end of the file (" + size + " bytes)");
        }
        return new GgufTensorInfo(tensor.name(), tensor.ne(), tensor.type(), offset, dataStart + offset, byteSize);
    }

    private void checkNoOverlap(List<RawTensor> raw, List<GgufTensorInfo> tensors) {
        Integer[] order = new Integer[tensors.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> tensors.get(i).absoluteOffset()));
        GgufTensorInfo previous = null;
        for (int index : order) {
            GgufTensorInfo tensor = tensors.get(index);
            if (tensor.byteSize() == 0) {
                continue;
            }
            if (previous != null && previous.endOffset() > tensor.absoluteOffset()) {
                throw new ModelFormatException(file, raw.get(index).infoAt(), "tensor " + GgufLayout.quote(tensor.name())
                        + " data [" + tensor.absoluteOffset() + ", " + tensor.endOffset() + ") overlaps tensor '"
                        + previous.name() + "' data [" + previous.absoluteOffset() + ", " + previous.endOffset() + ")");
            }
            if (previous == null || tensor.endOffset() > previous.endOffset()) {
                previous = tensor;
            }
        }
    }

    private String string(String what) {
        long at = pos;
        long length = u64();
        if (length < 0 || length > remaining()) {
            throw new ModelFormatException(file, at, what + " has length " + Long.toUnsignedString(length)
                    + ", more than the " + remaining() + " bytes left in the file");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new ModelFormatException(file, at, what + " has length " + length + ", too long for a string");
        }
        byte[] utf8Bytes = bytes.asSlice(pos, length).toArray(ValueLayout.JAVA_BYTE);
        pos += length;
        if (isAscii(utf8Bytes)) {
            return new String(utf8Bytes, StandardCharsets.US_ASCII);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(utf8Bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ModelFormatException(file, at, what + " is not valid UTF-8");
        }
    }

    private static boolean isAscii(byte[] text) {
        for (byte b : text) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private long remaining() {
        return size - pos;
    }

    private void need(int n) {
        if (n > remaining()) {
            throw new ModelFormatException(file, pos, "file ends after " + size + " bytes, in the middle of a "
                    + n + "-byte field (truncated?)");
        }
    }

    private byte u8() {
        need(1);
        return bytes.get(ValueLayout.JAVA_BYTE, pos++);
    }

    private short u16() {
        need(2);
        short value = bytes.get(U16, pos);
        pos += 2;
        return value;
    }

    private int u32() {
        need(4);
        int value = bytes.get(U32, pos);
        pos += 4;
        return value;
    }

    private long u64() {
        need(8);
        long value = bytes.get(U64, pos);
        pos += 8;
        return value;
    }

    /** A tensor info as read, before its offset is checked against the data section. */
    private record RawTensor(long infoAt, String name, long[] ne, GgmlType type, long offset) {
    }
}

package io.neurograph.engine.capsule.proto;

import io.neurograph.engine.capsule.ModelFormatException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * A cursor over one protobuf message, i.e. a byte range of a memory segment. Offsets are 64-bit
 * positions in the segment; when the segment maps a whole file they are file offsets, which is
 * what error messages report. Every read checks the bytes left in this message first, so any byte
 * sequence either decodes or throws {@link ModelFormatException}.
 */
public final class ProtoReader {
    public static final int VARINT = 0;
    public static final int FIXED64 = 1;
    public static final int LENGTH_DELIMITED = 2;
    public static final int FIXED32 = 5;

    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG_LE =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Path file;
    private final MemorySegment data;
    private final long start;
    private final long limit;
    private long pos;

    /** A reader of the bytes [start, end) of {@code data}; {@code file} only names the source in errors. */
    public ProtoReader(Path file, MemorySegment data, long start, long end) {
        if (start < 0 || end < start || end > data.byteSize()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") outside a segment of "
                    + data.byteSize() + " bytes");
        }
        this.file = file;
        this.data = data;
        this.start = start;
        this.limit = end;
        this.pos = start;
    }

    /** A reader of the whole segment. */
    public static ProtoReader of(Path file, MemorySegment data) {
        return new ProtoReader(file, data, 0, data.byteSize());
    }

    public Path file() {
        return file;
    }

    public MemorySegment segment() {
        return data;
    }

    /** Offset of this message's first byte in the segment. */
    public long start() {
        return start;
    }

    /** Offset just past this message's last byte. */
    public long limit() {
        return limit;
    }

    public long length() {
        return limit - start;
    }

    public long position() {
        return pos;
    }

    public boolean hasMore() {
        return pos < limit;
    }

    /** Reads a field key and checks its field number and wire type (groups 3/4 and types 6/7 are rejected). */
    public int readTag() {
        long at = pos;
        long key = readVarint();
        int wireType = (int) (key & 7);
        long field = key >>> 3;
        if (field < 1 || field > 0x1FFF_FFFF) {
            throw error(at, "invalid field number " + field);
        }
        if (wireType != VARINT && wireType != FIXED64 && wireType != LENGTH_DELIMITED && wireType != FIXED32) {
            throw error(at, "unsupported wire type " + wireType + " for field " + field);
        }
        return (int) key;
    }

    public static int fieldNumber(int tag) {
        return tag >>> 3;
    }

    public static int wireType(int tag) {
        return tag & 7;
    }

    /** A base-128 varint of at most 10 bytes. */
    public long readVarint() {
        long at = pos;
        long result = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (pos >= limit) {
                throw error(at, "varint runs past the end of its message (ends at byte " + limit + ")");
            }
            byte b = data.get(ValueLayout.JAVA_BYTE, pos++);
            if (shift == 63 && (b & 0x7E) != 0) {
                throw error(at, "varint overflows 64 bits");
            }
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw error(at, "varint longer than 10 bytes");
    }

    /** An int32/enum field: the 64-bit (sign-extended) varint cast back to 32 bits. */
    public int readInt32() {
        return (int) readVarint();
    }

    public boolean readBool() {
        return readVarint() != 0;
    }

    public int readFixed32() {
        require(4, "fixed32");
        int v = data.get(INT_LE, pos);
        pos += 4;
        return v;
    }

    public long readFixed64() {
        require(8, "fixed64");
        long v = data.get(LONG_LE, pos);
        pos += 8;
        return v;
    }

    public float readFloat() {
        return Float.intBitsToFloat(readFixed32());
    }

    public double readDouble() {
        return Double.longBitsToDouble(readFixed64());
    }

    /** Reads the length of a length-delimited field and checks it fits in the rest of this message. */
    public long readLength() {
        long at = pos;
        long length = readVarint();
        if (length < 0 || length > limit - pos) {
            throw error(at, "length " + Long.toUnsignedString(length) + " exceeds the " + (limit - pos)
                    + " bytes left in its message");
        }
        return length;
    }

    /** The payload of a length-delimited field as a bounded reader; this reader moves past it. */
    public ProtoReader readMessage() {
        long length = readLength();
        ProtoReader sub = new ProtoReader(file, data, pos, pos + length);
        pos += length;
        return sub;
    }

    /** The payload of a length-delimited field copied to the heap. */
    public byte[] readBytes() {
        long length = readLength();
        if (length > Integer.MAX_VALUE - 8) {
            throw error(pos, "field of " + length + " bytes is too large to copy");
        }
        byte[] bytes = data.asSlice(pos, length).toArray(ValueLayout.JAVA_BYTE);
        pos += length;
        return bytes;
    }

    public String readString() {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    /** All bytes of this message, e.g. to keep a sub-message verbatim. */
    public byte[] toByteArray() {
        if (length() > Integer.MAX_VALUE - 8) {
            throw error(start, "message of " + length() + " bytes is too large to copy");
        }
        return data.asSlice(start, length()).toArray(ValueLayout.JAVA_BYTE);
    }

    /** Skips the value of a field whose key was just read. */
    public void skip(int tag) {
        switch (wireType(tag)) {
            case VARINT -> readVarint();
            case FIXED64 -> advance(8, "fixed64");
            case FIXED32 -> advance(4, "fixed32");
            case LENGTH_DELIMITED -> {
                long length = readLength(); // read before touching pos: it moves pos past the length varint
                pos += length;
            }
            default -> throw error(pos, "unsupported wire type " + wireType(tag));
        }
    }

    /**
     * Reads one occurrence of a repeated scalar field, packed (wire type 2) or not: {@code elementWireType}
     * is {@link #VARINT} (values as decoded), {@link #FIXED32} (the 32 bits, zero-extended) or
     * {@link #FIXED64}. Values go to {@code sink} in order.
     */
    public void readRepeated(int tag, int elementWireType, LongConsumer sink) {
        int wireType = wireType(tag);
        if (wireType == elementWireType) {
            sink.accept(readScalar(elementWireType));
            return;
        }
        if (wireType != LENGTH_DELIMITED) {
            throw error(pos, "field " + fieldNumber(tag) + " has wire type " + wireType + ", expected "
                    + elementWireType + " or packed");
        }
        ProtoReader packed = readMessage();
        int width = elementWireType == FIXED32 ? 4 : elementWireType == FIXED64 ? 8 : 0;
        if (width != 0 && packed.length() % width != 0) {
            throw error(packed.start, "packed field " + fieldNumber(tag) + " has " + packed.length()
                    + " bytes, not a multiple of " + width);
        }
        while (packed.hasMore()) {
            sink.accept(packed.readScalar(elementWireType));
        }
    }

    /** Checks that a field key has the wire type its schema declares. */
    public void expect(int tag, int wireType) {
        if (wireType(tag) != wireType) {
            throw error(pos, "field " + fieldNumber(tag) + " has wire type " + wireType(tag) + ", expected "
                    + wireType);
        }
    }

    public ModelFormatException error(long at, String problem) {
        return new ModelFormatException(file, at, problem);
    }

    private long readScalar(int wireType) {
        return switch (wireType) {
            case VARINT -> readVarint();
            case FIXED32 -> Integer.toUnsignedLong(readFixed32());
            case FIXED64 -> readFixed64();
            default -> throw new IllegalArgumentException("not a scalar wire type: " + wireType);
        };
    }

    private void require(long bytes, String what) {
        if (limit - pos < bytes) {
            throw error(pos, what + " needs " + bytes + " bytes but only " + (limit - pos)
                    + " are left in its message");
        }
    }

    private void advance(long bytes, String what) {
        require(bytes, what);
        pos += bytes;
    }
}

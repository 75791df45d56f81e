package io.neurograph.engine.capsule.proto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes protobuf wire format into a growable byte array. Field helpers write the key and the value;
 * int32/int64 values are plain varints (a negative value takes 10 bytes, as protobuf requires).
 * Nested messages are written by building them in their own writer and adding its bytes.
 */
public final class ProtoWriter {
    private byte[] buf;
    private int size;

    public ProtoWriter() {
        this(64);
    }

    public ProtoWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    public ProtoWriter tag(int field, int wireType) {
        return varint(((long) field << 3) | wireType);
    }

    public ProtoWriter varint(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buf[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buf[size++] = (byte) value;
        return this;
    }

    public ProtoWriter fixed32(int value) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buf[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    public ProtoWriter fixed64(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    public ProtoWriter raw(byte[] bytes) {
        return raw(bytes, 0, bytes.length);
    }

    public ProtoWriter raw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
        return this;
    }

    /** An int32, int64, uint64, enum or bool field. */
    public ProtoWriter varintField(int field, long value) {
        return tag(field, ProtoReader.VARINT).varint(value);
    }

    public ProtoWriter floatField(int field, float value) {
        return tag(field, ProtoReader.FIXED32).fixed32(Float.floatToRawIntBits(value));
    }

    public ProtoWriter doubleField(int field, double value) {
        return tag(field, ProtoReader.FIXED64).fixed64(Double.doubleToRawLongBits(value));
    }

    public ProtoWriter bytesField(int field, byte[] value) {
        return tag(field, ProtoReader.LENGTH_DELIMITED).varint(value.length).raw(value);
    }

    public ProtoWriter stringField(int field, String value) {
        return bytesField(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A sub-message built in another writer. */
    public ProtoWriter messageField(int field, ProtoWriter message) {
        return tag(field, ProtoReader.LENGTH_DELIMITED).varint(message.size).raw(message.buf, 0, message.size);
    }

    /** Repeated varints in packed form (one length-delimited field). */
    public ProtoWriter packedVarints(int field, long[] values) {
        ProtoWriter payload = new ProtoWriter(values.length * 2);
        for (long v : values) {
            payload.varint(v);
        }
        return messageField(field, payload);
    }

    public ProtoWriter packedFloats(int field, float[] values) {
        ProtoWriter payload = new ProtoWriter(values.length * 4);
        for (float v : values) {
            payload.fixed32(Float.floatToRawIntBits(v));
        }
        return messageField(field, payload);
    }

    public ProtoWriter packedDoubles(int field, double[] values) {
        ProtoWriter payload = new ProtoWriter(values.length * 8);
        for (double v : values) {
            payload.fixed64(Double.doubleToRawLongBits(v));
        }
        return messageField(field, payload);
    }

    private void ensure(int more) {
        if (more > buf.length - size) {
            int needed = Math.addExact(size, more);
            buf = Arrays.copyOf(buf, Math.max(needed, (int) Math.min(Integer.MAX_VALUE - 8, 2L * buf.length)));
        }
    }
}

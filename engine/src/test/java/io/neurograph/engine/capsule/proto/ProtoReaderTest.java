package io.neurograph.engine.capsule.proto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtoReaderTest {
    private static final Path FILE = Path.of("test.pb");

    private static ProtoReader reader(byte[] bytes) {
        return ProtoReader.of(FILE, MemorySegment.ofArray(bytes));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void negativeInt64TakesTenBytesAndInt32CastsBack() {
        byte[] minusOne = new ProtoWriter().varint(-1).toByteArray();
        assertThat(minusOne).containsExactly(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01));
        assertThat(reader(minusOne).readVarint()).isEqualTo(-1L);
        assertThat(reader(new ProtoWriter().varint(-5).toByteArray()).readInt32()).isEqualTo(-5);
        assertThat(reader(new ProtoWriter().varint(Integer.MIN_VALUE).toByteArray()).readInt32())
                .isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void varintsRoundTrip() {
        long[] values = {0, 1, 127, 128, 300, 16_383, 16_384, Integer.MAX_VALUE, 1L << 35, Long.MAX_VALUE,
                Long.MIN_VALUE, -128};
        ProtoWriter w = new ProtoWriter();
        for (long v : values) {
            w.varint(v);
        }
        ProtoReader r = reader(w.toByteArray());
        for (long v : values) {
            assertThat(r.readVarint()).isEqualTo(v);
        }
        assertThat(r.hasMore()).isFalse();
    }

    @Test
    void overlongAndTruncatedVarintsAreRejected() {
        byte[] eleven = bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00);
        assertThatThrownBy(() -> reader(eleven).readVarint()).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("longer than 10 bytes").hasMessageContaining("at byte 0");
        byte[] overflow = bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02);
        assertThatThrownBy(() -> reader(overflow).readVarint()).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("overflows 64 bits");
        assertThatThrownBy(() -> {
            ProtoReader r = reader(bytes(0x08, 0x96));
            r.readTag();
            r.readVarint();
        })
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("at byte 1");
    }

    @Test
    void packedAndUnpackedRepeatedScalarsReadTheSame() {
        long[] values = {3, 270, 86_942, -1};
        ProtoWriter packed = new ProtoWriter().packedVarints(4, values);
        ProtoWriter unpacked = new ProtoWriter();
        for (long v : values) {
            unpacked.varintField(4, v);
        }
        assertThat(repeated(packed.toByteArray(), ProtoReader.VARINT)).containsExactly(3L, 270L, 86_942L, -1L);
        assertThat(repeated(unpacked.toByteArray(), ProtoReader.VARINT)).containsExactly(3L, 270L, 86_942L, -1L);

        float[] floats = {1.5f, -2f};
        ProtoWriter packedFloats = new ProtoWriter().packedFloats(7, floats);
        ProtoWriter unpackedFloats = new ProtoWriter().floatField(7, 1.5f).floatField(7, -2f);
        List<Long> expected = List.of((long) Float.floatToIntBits(1.5f), Integer.toUnsignedLong(Float.floatToIntBits(-2f)));
        assertThat(repeated(packedFloats.toByteArray(), ProtoReader.FIXED32)).isEqualTo(expected);
        assertThat(repeated(unpackedFloats.toByteArray(), ProtoReader.FIXED32)).isEqualTo(expected);

        ProtoWriter packedDoubles = new ProtoWriter().packedDoubles(10, new double[] {0.25});
        ProtoWriter unpackedDoubles = new ProtoWriter().doubleField(10, 0.25);
        long bits = Double.doubleToLongBits(0.25);
        assertThat(repeated(packedDoubles.toByteArray(), ProtoReader.FIXED64)).containsExactly(bits);
        assertThat(repeated(unpackedDoubles.toByteArray(), ProtoReader.FIXED64)).containsExactly(bits);
    }

    @Test
    void packedFixedWidthPayloadMustBeWholeValues() {
        byte[] bad = new ProtoWriter().tag(4, ProtoReader.LENGTH_DELIMITED).varint(5).raw(new byte[5]).toByteArray();
        assertThatThrownBy(() -> repeated(bad, ProtoReader.FIXED32)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("not a multiple of 4");
    }

    @Test
    void unknownFieldsAreSkippedByWireType() {
        byte[] message = new ProtoWriter().varintField(99, -7).doubleField(100, 1.0).bytesField(101, new byte[300])
                .floatField(102, 2f).stringField(1, "kept").toByteArray();
        ProtoReader r = reader(message);
        String found = null;
        while (r.hasMore()) {
            int tag = r.readTag();
            if (ProtoReader.fieldNumber(tag) == 1) {
                found = r.readString();
            } else {
                r.skip(tag);
            }
        }
        assertThat(found).isEqualTo("kept");
    }

    @Test
    void groupsAndReservedWireTypesAreRejected() {
        for (int wireType : new int[] {3, 4, 6, 7}) {
            byte[] key = new ProtoWriter().tag(5, wireType).toByteArray();
            assertThatThrownBy(() -> reader(key).readTag()).isInstanceOf(ModelFormatException.class)
                    .hasMessageContaining("wire type " + wireType);
        }
        assertThatThrownBy(() -> reader(bytes(0x00)).readTag()).hasMessageContaining("invalid field number 0");
    }

    @Test
    void lengthsBeyondTheEnclosingMessageAreRejected() {
        // outer message of 4 bytes holds a field claiming 10 bytes
        byte[] nested = new ProtoWriter().tag(1, ProtoReader.LENGTH_DELIMITED).varint(4)
                .tag(2, ProtoReader.LENGTH_DELIMITED).varint(10).raw(new byte[2]).raw(new byte[20]).toByteArray();
        ProtoReader outer = reader(nested);
        outer.readTag();
        ProtoReader inner = outer.readMessage();
        assertThat(inner.length()).isEqualTo(4);
        inner.readTag();
        assertThatThrownBy(inner::readMessage).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("exceeds the 2 bytes left");
        assertThatThrownBy(() -> {
            ProtoReader r = reader(bytes(0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F));
            r.readTag();
            r.readBytes();
        })
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("exceeds");
    }

    @Test
    void fixedWidthValuesNeedTheirBytes() {
        assertThatThrownBy(() -> reader(bytes(1, 2, 3)).readFixed32()).isInstanceOf(ModelFormatException.class);
        assertThatThrownBy(() -> reader(bytes(1, 2, 3, 4, 5, 6, 7)).readFixed64()).isInstanceOf(ModelFormatException.class);
        assertThat(reader(new ProtoWriter().fixed64(0x0102030405060708L).toByteArray()).readFixed64())
                .isEqualTo(0x0102030405060708L);
    }

    private static List<Long> repeated(byte[] message, int elementWireType) {
        List<Long> values = new ArrayList<>();
        ProtoReader r = reader(message);
        while (r.hasMore()) {
            int tag = r.readTag();
            r.readRepeated(tag, elementWireType, values::add);
        }
        return values;
    }
}

package io.neurograph.engine.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenCodecTest {

    @Test
    void fieldsSitAtTheUpstreamOffsetsLittleEndian() {
        Token t = Token.builder()
                .id(0x0A0B0C0DL)
                .flags(0x1234)
                .weight(0.5f)
                .fieldRadius(1.5f)
                .fieldStrength(1f)
                .timestamp(0xF0000001L)
                .rawCoordinates(CoordinateSpace.L2_SENSORY, (short) 0x0102, (short) -2, (short) 7)
                .build();
        ByteBuffer b = ByteBuffer.wrap(t.toBytes()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(t.toBytes()).hasSize(64);
        assertThat(b.getShort(6)).isEqualTo((short) 0x0102);      // space 1, axis X at (1*3+0)*2
        assertThat(b.getShort(8)).isEqualTo((short) -2);
        assertThat(b.getShort(10)).isEqualTo((short) 7);
        assertThat(b.getInt(48)).isEqualTo(0x0A0B0C0D);
        assertThat(b.getShort(52)).isEqualTo((short) 0x1234);
        assertThat(b.getFloat(54)).isEqualTo(0.5f);
        assertThat(b.get(58) & 0xFF).isEqualTo(150);
        assertThat(b.get(59) & 0xFF).isEqualTo(255);
        assertThat(Integer.toUnsignedLong(b.getInt(60))).isEqualTo(0xF0000001L);
    }

    @Test
    void unsignedFieldsComeBackUnsigned() {
        Token t = Token.builder().id(0xFFFF_FFFFL).flags(0xFFFF).timestamp(0xFFFF_FFFFL).fieldRadiusRaw(255).build();
        assertThat(t.id()).isEqualTo(4_294_967_295L);
        assertThat(t.flags()).isEqualTo(0xFFFF);
        assertThat(t.timestamp()).isEqualTo(4_294_967_295L);
        assertThat(t.fieldRadius()).isEqualTo(2.55f);
    }

    @Test
    void coordinatesTruncateTowardZeroAndSaturate() {
        assertThat(CoordinateSpace.L1_PHYSICAL.encode(10.5f)).isEqualTo((short) 1050);
        assertThat(CoordinateSpace.L2_SENSORY.encode(-0.00015f)).isEqualTo((short) -1);
        assertThat(CoordinateSpace.L2_SENSORY.encode(Float.NaN)).isZero();
        assertThat(CoordinateSpace.L8_ABSTRACT.encode(1e9f)).isEqualTo(Short.MAX_VALUE);
        assertThat(CoordinateSpace.L8_ABSTRACT.encode(-1e9f)).isEqualTo(Short.MIN_VALUE);
        assertThat(CoordinateSpace.L8_ABSTRACT.encode(Float.POSITIVE_INFINITY)).isEqualTo(Short.MAX_VALUE);
        assertThat(CoordinateSpace.L8_ABSTRACT.representable(3.3f)).isFalse();
        assertThat(CoordinateSpace.L8_ABSTRACT.representable(3.2f)).isTrue();
        assertThat(CoordinateSpace.L1_PHYSICAL.representable(Float.NaN)).isFalse();
    }

    @Test
    void fieldRadiusAndStrengthSaturate() {
        Token t = Token.builder().fieldRadius(9f).fieldStrength(-1f).build();
        assertThat(t.fieldRadiusRaw()).isEqualTo(255);
        assertThat(t.fieldStrengthRaw()).isZero();
        assertThat(Token.builder().fieldRadius(Float.NaN).build().fieldRadiusRaw()).isZero();
    }

    @Test
    void newTokenIsActiveAtTheOrigin() {
        Token t = Token.builder().build();
        assertThat(t.hasFlag(TokenFlags.ACTIVE)).isTrue();
        assertThat(t.rawCoordinates()).containsOnly((short) 0);
        assertThat(t.entityType()).isEqualTo(EntityType.UNDEFINED);
    }

    @Test
    void entityTypeReplacesOnlyBits8To11() {
        Token t = Token.builder().flags(0xF0FF).entityType(EntityType.CONCEPT).build();
        assertThat(t.flags()).isEqualTo(0xF5FF);
        assertThat(t.entityType()).isEqualTo(EntityType.CONCEPT);
        assertThat(EntityType.fromFlags(0x0F00)).isEqualTo(EntityType.RESERVED);
        assertThat(EntityType.parse("0x0500")).isEqualTo(EntityType.CONCEPT);
        assertThat(EntityType.parse("concept")).isEqualTo(EntityType.CONCEPT);
        assertThatThrownBy(() -> EntityType.parse("banana")).hasMessageContaining("banana");
    }

    @Test
    void undefinedMarkerIsRawX127() {
        Token t = Token.builder().undefine(CoordinateSpace.L3_MOTOR).build();
        assertThat(t.isDefined(CoordinateSpace.L3_MOTOR)).isFalse();
        assertThat(t.isDefined(CoordinateSpace.L4_EMOTIONAL)).isTrue();
    }

    @Test
    void randomRecordsRoundTripByteExact() {
        Random rnd = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            byte[] record = new byte[64];
            rnd.nextBytes(record);
            Token t = Token.fromBytes(record);
            assertThat(t.toBytes()).isEqualTo(record);
            Token rebuilt = t.toBuilder().build();
            assertThat(rebuilt).isEqualTo(t);
            for (CoordinateSpace s : CoordinateSpace.values()) {
                float[] xyz = t.coordinates(s);
                Token again = Token.builder().coordinates(s, xyz[0], xyz[1], xyz[2]).build();
                assertThat(again.raw(s, 0)).isEqualTo(t.raw(s, 0));
                assertThat(again.raw(s, 2)).isEqualTo(t.raw(s, 2));
            }
        }
    }

    @Test
    void wrongRecordLengthIsRejected() {
        assertThatThrownBy(() -> Token.fromBytes(new byte[63])).hasMessageContaining("64 bytes");
        assertThatThrownBy(() -> Token.fromBytes(new byte[70], 10)).hasMessageContaining("64 bytes");
    }

    @Test
    void spacesParseByCodeNameOrNumber() {
        assertThat(CoordinateSpace.parse("l8")).isEqualTo(CoordinateSpace.L8_ABSTRACT);
        assertThat(CoordinateSpace.parse("abstract")).isEqualTo(CoordinateSpace.L8_ABSTRACT);
        assertThat(CoordinateSpace.parse("1")).isEqualTo(CoordinateSpace.L1_PHYSICAL);
        assertThatThrownBy(() -> CoordinateSpace.parse("L9")).hasMessageContaining("L9");
    }
}

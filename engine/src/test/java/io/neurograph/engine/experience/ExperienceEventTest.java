package io.neurograph.engine.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.util.LittleEndian;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExperienceEventTest {
    private static ExperienceEvent sample() {
        return new ExperienceEvent(0x0102030405060708L, 0x1112131415161718L, 1_700_000_000_123_456L, 42L,
                0xFFFF_FFFFL, EventType.ACTION_COMPLETED.code(), ExperienceFlags.URGENT | ExperienceFlags.PERSIST,
                new float[] {0, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, -0.6f, 0.7f},
                new float[] {1, 2, 3, 4, 5, 6, 7, 8},
                0.5f, 0.25f, -0.125f, 1f, 0xCAFEBABEL, 77L);
    }

    @Test
    void fieldsSitAtTheirOffsets() {
        byte[] b = sample().toBytes();
        assertThat(b).hasSize(128);
        assertThat(LittleEndian.i64(b, 0)).isEqualTo(0x1112131415161718L);
        assertThat(LittleEndian.i64(b, 8)).isEqualTo(0x0102030405060708L);
        assertThat(LittleEndian.i64(b, 16)).isEqualTo(1_700_000_000_123_456L);
        assertThat(LittleEndian.i64(b, 24)).isEqualTo(42L);
        assertThat(LittleEndian.u32(b, 32)).isEqualTo(0xFFFF_FFFFL);
        assertThat(LittleEndian.u16(b, 36)).isEqualTo(0x0201);
        assertThat(LittleEndian.u16(b, 38)).isEqualTo(0x9);
        assertThat(LittleEndian.f32(b, 40 + 4 * 6)).isEqualTo(-0.6f);
        assertThat(LittleEndian.f32(b, 72 + 4 * 7)).isEqualTo(8f);
        assertThat(LittleEndian.f32(b, 104)).isEqualTo(0.5f);
        assertThat(LittleEndian.f32(b, 108)).isEqualTo(0.25f);
        assertThat(LittleEndian.f32(b, 112)).isEqualTo(-0.125f);
        assertThat(LittleEndian.f32(b, 116)).isEqualTo(1f);
        assertThat(LittleEndian.u32(b, 120)).isEqualTo(0xCAFEBABEL);
        assertThat(LittleEndian.u32(b, 124)).isEqualTo(77L);
    }

    @Test
    void accessorsAndTotalReward() {
        ExperienceEvent e = sample();
        assertThat(e.type()).isEqualTo(EventType.ACTION_COMPLETED);
        assertThat(e.hasFlag(ExperienceFlags.URGENT)).isTrue();
        assertThat(e.hasFlag(ExperienceFlags.ERROR)).isFalse();
        assertThat(e.totalReward()).isEqualTo(1.625f);
        float[] state = e.state();
        state[0] = 99f;
        assertThat(e.state()[0]).as("defensive copy").isZero();
    }

    @Test
    void unknownTypeCodesReadAsCustomButSurviveTheRoundTrip() {
        assertThat(EventType.of(0x1234)).isEqualTo(EventType.CUSTOM_USER_EVENT);
        assertThat(EventType.of(0x0110)).isEqualTo(EventType.CONNECTION_CREATED);
        byte[] b = sample().toBytes();
        LittleEndian.putU16(b, 36, 0x1234);
        ExperienceEvent e = ExperienceEvent.fromBytes(b);
        assertThat(e.type()).isEqualTo(EventType.CUSTOM_USER_EVENT);
        assertThat(e.toBytes()).isEqualTo(b);
    }

    @Test
    void randomRecordsRoundTripByteForByte() {
        Random random = new Random(20_260_101);
        for (int i = 0; i < 2_000; i++) {
            byte[] b = new byte[128];
            random.nextBytes(b);
            ExperienceEvent e = ExperienceEvent.fromBytes(b);
            assertThat(e.toBytes()).isEqualTo(b);
            assertThat(ExperienceEvent.fromBytes(e.toBytes())).isEqualTo(e);
        }
    }

    @Test
    void decodeAtAnOffsetInABuffer() {
        byte[] buffer = new byte[3 * 128];
        sample().encode(buffer, 128);
        assertThat(ExperienceEvent.decode(buffer, 128)).isEqualTo(sample());
    }

    @Test
    void badInputIsRefusedWithTheField() {
        assertThatThrownBy(() -> ExperienceEvent.fromBytes(new byte[127])).hasMessageContaining("exactly 128 bytes");
        assertThatThrownBy(() -> ExperienceEvent.decode(new byte[128], 1)).hasMessageContaining("needs 128 bytes");
        assertThatThrownBy(() -> new ExperienceEvent(0, 0, 0, 0, -1, 0, 0, new float[8], new float[8], 0, 0, 0, 0, 0, 0))
                .hasMessageContaining("step_number");
        assertThatThrownBy(() -> new ExperienceEvent(0, 0, 0, 0, 0, 0x10000, 0, new float[8], new float[8], 0, 0, 0, 0,
                0, 0)).hasMessageContaining("event_type");
        assertThatThrownBy(() -> new ExperienceEvent(0, 0, 0, 0, 0, 0, 0, new float[7], new float[8], 0, 0, 0, 0, 0, 0))
                .hasMessageContaining("state needs exactly 8 floats, got 7");
        assertThatThrownBy(() -> new ExperienceEvent(0, 0, 0, 0, 0, 0, 0, new float[8], null, 0, 0, 0, 0, 0, 0))
                .hasMessageContaining("action");
    }
}

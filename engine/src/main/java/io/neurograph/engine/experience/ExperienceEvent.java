package io.neurograph.engine.experience;

import io.neurograph.engine.util.LittleEndian;
import java.util.Arrays;

/**
 * One 128-byte experience record (little-endian): event_id u128 @0 (low 64 bits first), timestamp µs
 * @16, episode_id @24, step_number u32 @32, event_type u16 @36, flags u16 @38, state f32[8] @40,
 * action f32[8] @72, rewards homeostasis/curiosity/efficiency/goal f32 @104..119, adna_version_hash
 * u32 @120, sequence_number u32 @124. The raw type code is kept so that unknown codes survive a round
 * trip; {@link #type()} decodes it. u16/u32 fields are carried widened (int/long) and range-checked.
 */
public record ExperienceEvent(
        long eventIdHigh,
        long eventIdLow,
        long timestampMicros,
        long episodeId,
        long stepNumber,
        int typeCode,
        int flags,
        float[] state,
        float[] action,
        float rewardHomeostasis,
        float rewardCuriosity,
        float rewardEfficiency,
        float rewardGoal,
        long adnaVersionHash,
        long sequenceNumber) {

    public static final int SIZE = 128;
    public static final int VECTOR_LENGTH = 8;

    /** Byte offsets of the fields, for code that works on packed records in place. */

    public static final int EVENT_ID = 0;
    public static final int TIMESTAMP = 16;
    public static final int EPISODE_ID = 24;
    public static final int STEP_NUMBER = 32;
    public static final int EVENT_TYPE = 36;
    public static final int FLAGS = 38;
    public static final int STATE = 40;
    public static final int ACTION = 72;
    public static final int REWARDS = 104;
    public static final int ADNA_VERSION_HASH = 120;
    public static final int SEQUENCE_NUMBER = 124;

    private static final long U32_MAX = 0xFFFF_FFFFL;
    private static final int U16_MAX = 0xFFFF;

    public ExperienceEvent {
        requireRange("step_number", stepNumber, U32_MAX);
        requireRange("event_type", typeCode, U16_MAX);
        requireRange("flags", flags, U16_MAX);
        requireRange("adna_version_hash", adnaVersionHash, U32_MAX);
        requireRange("sequence_number", sequenceNumber, U32_MAX);
        state = vector("state", state);
        action = vector("action", action);
    }

    public EventType type() {
        return EventType.of(typeCode);
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) == flag;
    }

    /** Sum of the four appraiser reward slots. */
    public float totalReward() {
        return rewardHomeostasis + rewardCuriosity + rewardEfficiency + rewardGoal;
    }

    @Override
    public float[] state() {
        return state.clone();
    }

    @Override
    public float[] action() {
        return action.clone();
    }

    public static ExperienceEvent decode(byte[] b, int off) {
        if (off < 0 || b.length - off < SIZE) {
            throw new IllegalArgumentException("An experience event needs 128 bytes, got " + Math.max(0, b.length - off));
        }
        return new ExperienceEvent(
                LittleEndian.i64(b, off + EVENT_ID + 8),
                LittleEndian.i64(b, off + EVENT_ID),
                LittleEndian.i64(b, off + TIMESTAMP),
                LittleEndian.i64(b, off + EPISODE_ID),
                LittleEndian.u32(b, off + STEP_NUMBER),
                LittleEndian.u16(b, off + EVENT_TYPE),
                LittleEndian.u16(b, off + FLAGS),
                floats(b, off + STATE),
                floats(b, off + ACTION),
                LittleEndian.f32(b, off + REWARDS),
                LittleEndian.f32(b, off + REWARDS + 4),
                LittleEndian.f32(b, off + REWARDS + 8),
                LittleEndian.f32(b, off + REWARDS + 12),
                LittleEndian.u32(b, off + ADNA_VERSION_HASH),
                LittleEndian.u32(b, off + SEQUENCE_NUMBER));
    }

    public static ExperienceEvent fromBytes(byte[] b) {
        if (b.length != SIZE) {
            throw new IllegalArgumentException("An experience event is exactly 128 bytes, got " + b.length);
        }
        return decode(b, 0);
    }

    public void encode(byte[] b, int off) {
        if (off < 0 || b.length - off < SIZE) {
            throw new IllegalArgumentException("Encoding an experience event needs 128 bytes at offset " + off);
        }
        LittleEndian.putI64(b, off + EVENT_ID, eventIdLow);
        LittleEndian.putI64(b, off + EVENT_ID + 8, eventIdHigh);
        LittleEndian.putI64(b, off + TIMESTAMP, timestampMicros);
        LittleEndian.putI64(b, off + EPISODE_ID, episodeId);
        LittleEndian.putU32(b, off + STEP_NUMBER, stepNumber);
        LittleEndian.putU16(b, off + EVENT_TYPE, typeCode);
        LittleEndian.putU16(b, off + FLAGS, flags);
        for (int i = 0; i < VECTOR_LENGTH; i++) {
            LittleEndian.putF32(b, off + STATE + 4 * i, state[i]);
            LittleEndian.putF32(b, off + ACTION + 4 * i, action[i]);
        }
        LittleEndian.putF32(b, off + REWARDS, rewardHomeostasis);
        LittleEndian.putF32(b, off + REWARDS + 4, rewardCuriosity);
        LittleEndian.putF32(b, off + REWARDS + 8, rewardEfficiency);
        LittleEndian.putF32(b, off + REWARDS + 12, rewardGoal);
        LittleEndian.putU32(b, off + ADNA_VERSION_HASH, adnaVersionHash);
        LittleEndian.putU32(b, off + SEQUENCE_NUMBER, sequenceNumber);
    }

    public byte[] toBytes() {
        byte[] b = new byte[SIZE];
        encode(b, 0);
        return b;
    }

    /** Arrays compare by content; floats by bit pattern, so NaN equals NaN as in the record bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExperienceEvent e && Arrays.equals(toBytes(), e.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    @Override
    public String toString() {
        return "ExperienceEvent{type=" + type() + ", episode=" + episodeId + ", step=" + stepNumber
                + ", seq=" + sequenceNumber + ", state=" + Arrays.toString(state) + ", action="
                + Arrays.toString(action) + ", reward=" + totalReward() + "}";
    }

    private static float[] floats(byte[] b, int at) {
        float[] out = new float[VECTOR_LENGTH];
        for (int i = 0; i < VECTOR_LENGTH; i++) {
            out[i] = LittleEndian.f32(b, at + 4 * i);
        }
        return out;
    }

    private static float[] vector(String field, float[] v) {
        if (v == null || v.length != VECTOR_LENGTH) {
            throw new IllegalArgumentException(field + " needs exactly 8 floats, got "
                    + (v == null ? "null" : v.length));
        }
        return v.clone();
    }

    private static void requireRange(String field, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be within 0.." + max + ", got " + value);
        }
    }
}

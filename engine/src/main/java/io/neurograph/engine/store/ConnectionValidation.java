package io.neurograph.engine.store;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.util.Saturating;

/** Range checks of connection inputs shared by creation and update. */
final class ConnectionValidation {
    private ConnectionValidation() {
    }

    static void check(Float pullStrength, Float preferredDistance, Float rigidity, Integer flags) {
        if (pullStrength != null && !(Math.abs(pullStrength) <= Connection.MAX_ABS_PULL)) {
            throw new InvalidConnectionException("pullStrength", pullStrength + " is outside ±" + Connection.MAX_ABS_PULL);
        }
        if (preferredDistance != null && !(preferredDistance >= Connection.MIN_PREFERRED_DISTANCE
                && preferredDistance <= Connection.MAX_PREFERRED_DISTANCE)) {
            throw new InvalidConnectionException("preferredDistance", preferredDistance + " is outside "
                    + Connection.MIN_PREFERRED_DISTANCE + " … " + Connection.MAX_PREFERRED_DISTANCE);
        }
        requireUnit("rigidity", rigidity);
        requireByte("flags", flags);
    }

    static void requireUnit(String field, Float v) {
        if (v != null && !(v >= 0f && v <= 1f)) {
            throw new InvalidConnectionException(field, v + " is outside 0 … 1");
        }
    }

    static void requireByte(String field, Integer v) {
        if (v != null && (v & ~0xFF) != 0) {
            throw new InvalidConnectionException(field, v + " does not fit in 8 bits");
        }
    }

    static void requireType(int code) {
        if (!ConnectionType.isDefined(code)) {
            throw new InvalidConnectionException("type", String.format("0x%02X is undefined (0x00 … 0xAF)", code));
        }
    }

    /** 0 … 1 to the stored 0 … 255, truncating like upstream. */
    static int unitToRaw(float v) {
        return Saturating.toU8(v * 255f);
    }
}

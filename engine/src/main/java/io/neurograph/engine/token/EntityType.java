package io.neurograph.engine.token;

import java.util.Locale;

/** Kind of entity a token stands for, stored in bits 8-11 of the token flags. */
public enum EntityType {
    UNDEFINED, OBJECT, EVENT, STATE, PROCESS, CONCEPT, RELATION, PATTERN, RULE, GOAL, MEMORY, SENSOR,
    ACTUATOR, CONTROLLER, BUFFER, RESERVED;

    private static final EntityType[] VALUES = values();

    /** The value as it sits in the flags word (0x0000 … 0x0F00). */
    public int flagBits() {
        return ordinal() << 8;
    }

    public static EntityType fromFlags(int flags) {
        return VALUES[(flags & TokenFlags.ENTITY_TYPE_MASK) >>> 8];
    }

    /** Parses a name ("concept") or a number (5 or 0x0500). */
    public static EntityType parse(String text) {
        String t = text.trim();
        for (EntityType e : VALUES) {
            if (e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        try {
            int v = t.toLowerCase(Locale.ROOT).startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
            if (v >= 0 && v < 16) {
                return VALUES[v];
            }
            if ((v & ~TokenFlags.ENTITY_TYPE_MASK) == 0) {
                return fromFlags(v);
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("Unknown entity type '" + text + "'");
    }
}

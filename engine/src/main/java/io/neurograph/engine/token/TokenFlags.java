package io.neurograph.engine.token;

/** Bits of the 16-bit token flags word: system flags 0-7, entity type 8-11, user flags 12-15. */
public final class TokenFlags {
    public static final int ACTIVE = 0x0001;
    public static final int PERSISTENT = 0x0002;
    public static final int MUTABLE = 0x0004;
    public static final int SYNCHRONIZED = 0x0008;
    public static final int COMPRESSED = 0x0010;
    public static final int ENCRYPTED = 0x0020;
    public static final int DIRTY = 0x0040;
    public static final int LOCKED = 0x0080;
    public static final int ENTITY_TYPE_MASK = 0x0F00;
    public static final int USER_1 = 0x1000;
    public static final int USER_2 = 0x2000;
    public static final int USER_3 = 0x4000;
    public static final int USER_4 = 0x8000;

    private TokenFlags() {
    }
}

package io.neurograph.engine.connection;

/** Offsets of the 64-byte connection record (little-endian, repr(C) upstream layout). */
public final class ConnectionLayout {
    public static final int SIZE = 64;
    public static final int TOKEN_A = 0;
    public static final int TOKEN_B = 4;
    public static final int TYPE = 8;
    public static final int RIGIDITY = 9;
    public static final int ACTIVE_LEVELS = 10;
    public static final int FLAGS = 11;
    public static final int ACTIVATION_COUNT = 12;
    public static final int PULL_STRENGTH = 16;
    public static final int PREFERRED_DISTANCE = 20;
    public static final int CREATED_AT = 24;
    public static final int LAST_ACTIVATION = 28;
    public static final int MUTABILITY = 32;
    public static final int CONFIDENCE = 33;
    public static final int EVIDENCE_COUNT = 34;
    public static final int LAST_UPDATE = 36;
    public static final int LEARNING_RATE = 40;
    public static final int DECAY_RATE = 41;
    public static final int PADDING = 42;
    public static final int SOURCE_ID = 44;
    public static final int TARGET_VECTOR = 48;

    private ConnectionLayout() {
    }
}

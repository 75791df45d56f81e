package io.neurograph.engine.connection;

/** Bits of the 8-bit connection flags. */
public final class ConnectionFlags {
    public static final int ACTIVE = 0x01;
    public static final int PERSISTENT = 0x02;
    public static final int BIDIRECTIONAL = 0x04;
    public static final int INHIBITORY = 0x08;
    public static final int MODIFIED = 0x10;
    public static final int REINFORCED = 0x20;
    public static final int DECAYING = 0x40;
    public static final int USER_FLAG = 0x80;

    private ConnectionFlags() {
    }
}

package io.neurograph.engine.cdna;

/** Bits of the CDNA {@code profile_state} word. */
public final class ProfileState {
    public static final long ACTIVE = 0x1;
    public static final long QUARANTINE = 0x2;
    public static final long VALIDATED = 0x4;
    public static final long READONLY = 0x8;

    private ProfileState() {
    }
}

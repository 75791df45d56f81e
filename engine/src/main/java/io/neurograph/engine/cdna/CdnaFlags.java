package io.neurograph.engine.cdna;

/** Bits of the CDNA {@code flags} word. */
public final class CdnaFlags {
    /** Guardian checks token and connection writes only while this is set. */
    public static final long ENABLE_VALIDATION = 0x1;
    /** Guardian publishes ValidationFailed events only while this is set. */
    public static final long ENABLE_EVENTS = 0x2;
    public static final long ENABLE_MUTATION = 0x4;
    public static final long STRICT_MODE = 0x8;

    private CdnaFlags() {
    }
}

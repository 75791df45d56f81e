package io.neurograph.engine.experience;

/** Bits of the u16 flags word of an {@link ExperienceEvent}; 0xFFE0 is reserved. */
public final class ExperienceFlags {
    public static final int URGENT = 0x0001;
    public static final int TRAJECTORY = 0x0002;
    public static final int ERROR = 0x0004;
    public static final int PERSIST = 0x0008;
    public static final int FULLY_APPRAISED = 0x0010;
    public static final int RESERVED_MASK = 0xFFE0;

    private ExperienceFlags() {
    }
}

package io.neurograph.engine.cdna;

import java.util.Locale;

/**
 * The one profile vocabulary of the application. Each preset carries the upstream byte-level deltas
 * (applied by {@link Cdna#forProfile}) and eight dimension scales. CUSTOM starts from the default
 * scales and holds whatever the user sets.
 *
 * <p>Creative uses the Fibonacci scales of the upstream REST layer except L7, which is capped at 20:
 * upstream's 21 exceeds its own L7 limit, so the shipped preset would fail validation.
 */
public enum ProfileId {
    DEFAULT(0, new float[] {1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f}),
    EXPLORER(1, new float[] {1.0f, 1.5f, 1.2f, 2.0f, 3.0f, 2.5f, 2.0f, 5.0f}),
    ANALYST(2, new float[] {1.0f, 1.0f, 1.0f, 1.5f, 10.0f, 5.0f, 3.0f, 20.0f}),
    CREATIVE(3, new float[] {1f, 2f, 3f, 5f, 8f, 13f, 20f, 34f}),
    CUSTOM(255, new float[] {1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f});

    private final int code;
    private final float[] scales;

    ProfileId(int code, float[] scales) {
        this.code = code;
        this.scales = scales;
    }

    /** The u32 stored at {@code profile_id}. */
    public int code() {
        return code;
    }

    /** The preset's eight dimension scales (a copy). */
    public float[] scales() {
        return scales.clone();
    }

    /** Decodes a stored code; unknown codes mean DEFAULT, as upstream. */
    public static ProfileId of(long code) {
        for (ProfileId p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        return DEFAULT;
    }

    /** Parses a name such as "explorer" (case-insensitive); "analyzer" is accepted for ANALYST. */
    public static ProfileId parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("ANALYZER")) {
            return ANALYST;
        }
        for (ProfileId p : values()) {
            if (p.name().equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown CDNA profile '" + name
                + "': use default, explorer, analyst, creative or custom");
    }

    /** Lower-case name used in JSON and commands. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.neurograph.engine.token;

import io.neurograph.engine.util.Saturating;
import java.util.Locale;

/**
 * The eight semantic coordinate spaces of a token. Coordinates are stored as signed 16-bit fixed
 * point: {@code raw = value × scale}, truncated toward zero and saturated. All three axes of a space
 * share its scale (upstream's Rust behaviour, also for L7).
 */
public enum CoordinateSpace {
    L1_PHYSICAL(100f, "Physical"),
    L2_SENSORY(10_000f, "Sensory"),
    L3_MOTOR(1_000f, "Motor"),
    L4_EMOTIONAL(10_000f, "Emotional"),
    L5_COGNITIVE(10_000f, "Cognitive"),
    L6_SOCIAL(10_000f, "Social"),
    L7_TEMPORAL(100f, "Temporal"),
    L8_ABSTRACT(10_000f, "Abstract");

    /** Number of spaces. */
    public static final int COUNT = 8;
    /** Raw X value that marks a space as undefined for a token; such a space is not indexed. */
    public static final short UNDEFINED_RAW = 127;

    private static final CoordinateSpace[] VALUES = values();

    private final float scale;
    private final String title;

    CoordinateSpace(float scale, String title) {
        this.scale = scale;
        this.title = title;
    }

    public float scale() {
        return scale;
    }

    /** Largest representable absolute value in this space's units. */
    public float maxAbs() {
        return Short.MAX_VALUE / scale;
    }

    public String title() {
        return title;
    }

    /** Short name, "L1" … "L8". */
    public String code() {
        return "L" + (ordinal() + 1);
    }

    /**
     * Fixed-point encoding: truncates toward zero like upstream, except that a product within 5e-3 of
     * an integer snaps to it, so that {@code encode(decode(raw)) == raw} despite float rounding.
     */
    public short encode(float value) {
        double p = (double) value * scale;
        double nearest = Math.rint(p);
        return Saturating.toI16((float) (Math.abs(p - nearest) < 5e-3 ? nearest : p));
    }

    public float decode(short raw) {
        return raw / scale;
    }

    /** True when {@code value} is a finite number whose encoding does not saturate. */
    public boolean representable(float value) {
        return Float.isFinite(value) && Math.abs(value * scale) <= Short.MAX_VALUE;
    }

    public static CoordinateSpace of(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("Coordinate space index must be 0..7, got " + index);
        }
        return VALUES[index];
    }

    /** Parses "L1".."L8", "1".."8" or a name such as "abstract" / "L8_ABSTRACT" (case-insensitive). */
    public static CoordinateSpace parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (CoordinateSpace s : VALUES) {
            if (t.equals(s.code()) || t.equals(s.name()) || t.equals(s.title.toUpperCase(Locale.ROOT))
                    || t.equals(String.valueOf(s.ordinal() + 1))) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown coordinate space '" + text + "': use L1..L8");
    }
}

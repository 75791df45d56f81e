package io.neurograph.engine.module;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * One setting of a part as it stands, from {@code Engine.moduleSettings().config(id)}. Values are text in canonical
 * form: numbers without exponent or trailing zeros ({@code 0.7}, {@code 1000}), bytes as a plain count, and
 * {@code none} for a quota that is off. {@link #parse} is the one check every value goes through, in the engine and
 * in front ends that validate while the user types.
 *
 * @param key          the setting's id, e.g. {@code min_confidence}
 * @param value        the value in force
 * @param defaultValue the value the engine was opened with (its {@code EngineConfig})
 * @param min          the smallest value allowed, in canonical form
 * @param max          the largest value allowed, in canonical form
 * @param noneAllowed  whether {@code none} (no limit) is allowed
 * @param description  what the setting does, one line in English
 */
public record ModuleSetting(String key, SettingType type, String value, String defaultValue, String min, String max,
                            boolean noneAllowed, String description) {
    /** The value of a setting whose limit is off. */
    public static final String NONE = "none";
    /** Written instead of a value: the setting's default. */
    public static final String DEFAULT = "default";

    public ModuleSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (number(min).compareTo(number(max)) > 0) {
            throw new IllegalArgumentException(key + ": min " + min + " is above max " + max);
        }
    }

    /**
     * The canonical form of {@code text} as this setting's value; {@code default} (any case) gives the default.
     *
     * @throws IllegalArgumentException saying what is allowed, e.g. "must be between 0 and 1, got 1.4"
     */
    public String parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase(DEFAULT)) {
            return defaultValue;
        }
        if (noneAllowed && t.equalsIgnoreCase(NONE)) {
            return NONE;
        }
        BigDecimal v = read(t);
        if (v == null || v.compareTo(number(min)) < 0 || v.compareTo(number(max)) > 0) {
            throw new IllegalArgumentException("must be " + range() + ", got " + (t.isEmpty() ? "nothing" : t));
        }
        return canonical(v);
    }

    /** Whether {@link #parse} takes {@code text}. */
    public boolean accepts(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What the setting takes, e.g. "a whole number between 1 and 1000000" or "… bytes …, or none". */
    public String range() {
        String kind = switch (type) {
            case INTEGER -> "a whole number between ";
            case DECIMAL -> "between ";
            case BYTES -> "a byte count (512m, 4g) between ";
        };
        return kind + min + " and " + max + (noneAllowed ? ", or " + NONE : "");
    }

    public boolean isDefault() {
        return value.equals(defaultValue);
    }

    /** The canonical text of a number, e.g. {@code 0.7}, {@code 1000}. */
    public static String canonical(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The number {@code text} stands for, or null when it is none of this setting's type. */
    private BigDecimal read(String text) {
        String t = text.replace("_", "");
        int shift = 0;
        if (type == SettingType.BYTES && !t.isEmpty()) {
            shift = switch (Character.toLowerCase(t.charAt(t.length() - 1))) {
                case 'k' -> 10;
                case 'm' -> 20;
                case 'g' -> 30;
                case 't' -> 40;
                default -> 0;
            };
            t = shift == 0 ? t : t.substring(0, t.length() - 1);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t.toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return null;
        }
        v = v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(shift)));
        boolean whole = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
        return type == SettingType.DECIMAL || whole ? v : null;
    }

    private static BigDecimal number(String canonical) {
        return new BigDecimal(canonical);
    }
}

package io.neurograph.engine.module;

/** What a {@link ModuleSetting} holds. */
public enum SettingType {
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** A whole number of bytes; may be written with a binary suffix ({@code 512m}, {@code 4g}). */
    BYTES
}

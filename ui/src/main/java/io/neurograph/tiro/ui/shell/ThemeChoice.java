package io.neurograph.tiro.ui.shell;

import java.util.Locale;
import java.util.Optional;

/** The user's theme setting; {@link #SYSTEM} follows the colour scheme the OS reports. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    /** Parses {@code light}, {@code dark} or {@code system} in any case; anything else is empty. */
    public static Optional<ThemeChoice> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package io.neurograph.tiro.ui;

import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.status.EngineStatusSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the desktop ui needs from the application that embeds it.
 *
 * @param stateFile     properties file where the window remembers size, position, tab and theme
 * @param themeOverride theme forced at start, winning over the remembered one
 */
public record UiContext(EngineStatusSource statusSource, Path stateFile, Locale locale,
                        Optional<ThemeChoice> themeOverride) {
    public UiContext {
        Objects.requireNonNull(statusSource, "statusSource");
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(themeOverride, "themeOverride");
    }

    /** Takes the theme override from {@code -Dtiro.theme=light|dark|system}, handy for screenshots and support. */
    public UiContext(EngineStatusSource statusSource, Path stateFile, Locale locale) {
        this(statusSource, stateFile, locale, ThemeChoice.parse(System.getProperty("tiro.theme")));
    }
}

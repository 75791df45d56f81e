package io.neurograph.tiro.ui;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.status.EngineStatusSource;
import io.neurograph.tiro.ui.terminal.CommandConsole;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the desktop ui needs from the application that embeds it.
 *
 * @param engine        the running engine; the ui never closes it
 * @param console       the {@code tiro} command tree over that engine, for the Terminal tab
 * @param stateFile     properties file where the window remembers size, position, tab and theme
 * @param themeOverride theme forced at start, winning over the remembered one
 */
public record UiContext(Engine engine, CommandConsole console, EngineStatusSource statusSource, Path stateFile,
                        Locale locale, Optional<ThemeChoice> themeOverride) {
    public UiContext {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(statusSource, "statusSource");
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(themeOverride, "themeOverride");
    }

    /** Takes the theme override from {@code -Dtiro.theme=light|dark|system}, handy for screenshots and support. */
    public UiContext(Engine engine, CommandConsole console, EngineStatusSource statusSource, Path stateFile,
                     Locale locale) {
        this(engine, console, statusSource, stateFile, locale, ThemeChoice.parse(System.getProperty("tiro.theme")));
    }
}

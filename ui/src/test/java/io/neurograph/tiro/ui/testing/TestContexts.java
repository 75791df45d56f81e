package io.neurograph.tiro.ui.testing;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.UiContext;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.status.EngineStatusSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Desktop contexts for robot tests: a real engine, English, light theme, state kept in a temporary folder. */
public final class TestContexts {
    private TestContexts() {
    }

    /** A window whose first-start offer was already made, so no dialog covers the tabs. */
    public static UiContext of(Engine engine, EngineStatusSource status, Path stateFile) {
        try {
            Files.createDirectories(stateFile.getParent());
            Files.writeString(stateFile.resolveSibling("first-start-offered"), "offered\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return firstStart(engine, status, stateFile);
    }

    /** A window as a new user sees it: on an empty data folder it offers the default vocabulary. */
    public static UiContext firstStart(Engine engine, EngineStatusSource status, Path stateFile) {
        return new UiContext(engine, new ScriptedConsole(), status, stateFile, Locale.ENGLISH,
                Optional.of(ThemeChoice.LIGHT));
    }
}

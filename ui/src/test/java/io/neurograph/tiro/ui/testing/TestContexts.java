package io.neurograph.tiro.ui.testing;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.UiContext;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.status.EngineStatusSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Desktop contexts for robot tests: a real engine, English, light theme, state kept in a temporary folder. */
public final class TestContexts {
    private TestContexts() {
    }

    public static UiContext of(Engine engine, EngineStatusSource status, Path stateFile) {
        return new UiContext(engine, new ScriptedConsole(), status, stateFile, Locale.ENGLISH,
                Optional.of(ThemeChoice.LIGHT));
    }
}

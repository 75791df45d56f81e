package io.neurograph.tiro.ui.settings;

import io.neurograph.engine.DataDirectory;
import io.neurograph.engine.Engine;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Settings reads and writes, injectable for tests.
 *
 * @param dataDir       the data folder in use; empty for an in-memory engine (nothing to move)
 * @param configDir     per-user config folder: data folder pointer, {@code jvm.options}, settings
 * @param uiStateFile   the window state file, which also holds the language
 * @param launcher      the jpackage launcher when running from the installed app
 * @param tiroHome      {@code TIRO_HOME}, which wins over the data folder pointer
 */
public record SettingsPaths(Optional<Path> dataDir, Path configDir, Path uiStateFile, Optional<String> launcher,
                            Optional<String> tiroHome) {

    /** The paths of the running app; {@code uiStateFile} is the one its window reads. */
    public static SettingsPaths of(Engine engine, Path uiStateFile) {
        Optional<Path> dataDir = Optional.ofNullable(engine.config().dataDir());
        return new SettingsPaths(dataDir, DataDirectory.configDir(), uiStateFile,
                Optional.ofNullable(System.getProperty("jpackage.app-path")),
                Optional.ofNullable(System.getenv(DataDirectory.ENV_HOME)).filter(s -> !s.isBlank()));
    }
}

package io.neurograph.tiro.app;

import java.nio.file.Path;
import java.util.Locale;

/** The data folder (D12): {@code TIRO_HOME} if set, else the OS convention. */
final class DataFolder {
    private DataFolder() {
    }

    static Path resolve() {
        String override = System.getenv("TIRO_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("Tiro");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Tiro");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("tiro");
    }
}

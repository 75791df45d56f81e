package io.neurograph.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data folder is: the {@code --data-dir} option, else {@code TIRO_HOME}, else the OS
 * convention (Linux {@code $XDG_DATA_HOME/tiro} or {@code ~/.local/share/tiro}, Windows
 * {@code %APPDATA%\Tiro}, macOS {@code ~/Library/Application Support/Tiro}).
 */
public final class DataDirectory {
    public static final String ENV_HOME = "TIRO_HOME";

    private DataDirectory() {
    }

    /** Resolves the folder from the process environment and creates it if missing. */
    public static Path resolve(String cliOption) {
        return resolve(cliOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * Resolves the folder from explicit inputs (testable) and creates it if missing.
     *
     * @throws IllegalStateException when the path exists but is not a folder, or cannot be created
     */
    public static Path resolve(String cliOption, Map<String, String> env, String osName, String userHome) {
        Path dir = choose(cliOption, env, osName, userHome).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalStateException("Data folder " + dir + " is a file, not a folder: remove or rename it, "
                    + "or choose another with --data-dir or " + ENV_HOME);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create data folder " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    private static Path choose(String cliOption, Map<String, String> env, String osName, String userHome) {
        if (!isBlank(cliOption)) {
            return Path.of(cliOption);
        }
        if (!isBlank(env.get(ENV_HOME))) {
            return Path.of(env.get(ENV_HOME));
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return isBlank(appData) ? Path.of(userHome, "AppData", "Roaming", "Tiro") : Path.of(appData, "Tiro");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Tiro");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return isBlank(xdg) ? Path.of(userHome, ".local", "share", "tiro") : Path.of(xdg, "tiro");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

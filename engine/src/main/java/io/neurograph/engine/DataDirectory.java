package io.neurograph.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data folder is: the {@code --data-dir} option, else {@code TIRO_HOME}, else the folder named in
 * the {@value #LOCATION_FILE} file of the config folder (written when the desktop app moves the data), else
 * the OS convention (Linux {@code $XDG_DATA_HOME/tiro} or {@code ~/.local/share/tiro}, Windows
 * {@code %APPDATA%\Tiro}, macOS {@code ~/Library/Application Support/Tiro}).
 */
public final class DataDirectory {
    public static final String ENV_HOME = "TIRO_HOME";
    /** File in {@link #configDir} holding the absolute path of a data folder chosen by the user. */
    public static final String LOCATION_FILE = "location";

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
        String chosen = readLocation(configDir(env, osName, userHome).resolve(LOCATION_FILE));
        if (!isBlank(chosen)) {
            return Path.of(chosen);
        }
        if (isWindows(osName)) {
            return appData(env, userHome);
        }
        if (isMac(osName)) {
            return Path.of(userHome, "Library", "Application Support", "Tiro");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return isBlank(xdg) ? Path.of(userHome, ".local", "share", "tiro") : Path.of(xdg, "tiro");
    }

    /** The per-user config folder of the process environment; see {@link #configDir(Map, String, String)}. */
    public static Path configDir() {
        return configDir(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * The per-user config folder (not created): Linux {@code $XDG_CONFIG_HOME/tiro} or {@code ~/.config/tiro};
     * on Windows and macOS the default data folder, which those systems use for settings as well.
     */
    public static Path configDir(Map<String, String> env, String osName, String userHome) {
        if (isWindows(osName)) {
            return appData(env, userHome);
        }
        if (isMac(osName)) {
            return Path.of(userHome, "Library", "Application Support", "Tiro");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return isBlank(xdg) ? Path.of(userHome, ".config", "tiro") : Path.of(xdg, "tiro");
    }

    /** An unreadable pointer is reported rather than ignored: silently opening another folder would hide data. */
    private static String readLocation(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the data folder location " + file + ": " + e.getMessage()
                    + "; fix or delete it, or choose a folder with --data-dir or " + ENV_HOME, e);
        }
    }

    private static Path appData(Map<String, String> env, String userHome) {
        String appData = env.get("APPDATA");
        return isBlank(appData) ? Path.of(userHome, "AppData", "Roaming", "Tiro") : Path.of(appData, "Tiro");
    }

    private static boolean isWindows(String osName) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static boolean isMac(String osName) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

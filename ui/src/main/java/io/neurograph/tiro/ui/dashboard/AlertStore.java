package io.neurograph.tiro.ui.dashboard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The alert rules in {@code <data>/ui/alerts.json}, so they outlive the window; an in-memory engine has no
 * data folder and keeps its rules for the session only ({@code file == null}).
 */
public final class AlertStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public AlertStore(Path file) {
        this.file = file;
    }

    public static AlertStore inDataFolder(Path dataDir) {
        return new AlertStore(dataDir == null ? null : dataDir.resolve("ui").resolve("alerts.json"));
    }

    /** @throws UncheckedIOException when the file exists but cannot be read or parsed (message names it) */
    public List<AlertRule> load() {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<AlertRule>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the alert rules in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a temporary file and moves it over the old one, so a crash never leaves half a file. */
    public void save(List<AlertRule> rules) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writeValue(partial.toFile(), rules);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the alert rules to " + file + ": " + e.getMessage(), e);
        }
    }
}

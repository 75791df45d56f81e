package io.neurograph.tiro.ui.settings;

import io.neurograph.engine.ModelSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Worker threads and default sentence model, kept in {@code tiro-settings.properties} in the config folder and
 * applied to the engine's {@link ModelSettings} when saved and at every start.
 *
 * @param defaultModel path of the sentence model; empty for the bundled one
 */
record EngineSettings(int threads, String defaultModel) {
    static final String FILE = "tiro-settings.properties";

    static EngineSettings defaults() {
        return new EngineSettings(ModelSettings.DEFAULTS.threads(), "");
    }

    /** What the engine runs models with; a model path that does not parse is an error here, not at use. */
    ModelSettings toModel() {
        return new ModelSettings(threads, defaultModel.isBlank() ? Optional.empty()
                : Optional.of(Path.of(defaultModel.strip())));
    }

    /** A missing file gives the defaults; a damaged value gives its default. */
    static EngineSettings load(Path file) throws IOException {
        EngineSettings d = defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        int threads;
        try {
            threads = Integer.parseInt(p.getProperty("threads", Integer.toString(d.threads())).trim());
        } catch (NumberFormatException e) {
            threads = d.threads();
        }
        // a file written on a machine with more cores may hold more than this one takes
        return new EngineSettings(Math.clamp(threads, 1, ModelSettings.MAX_THREADS), p.getProperty("model", ""));
    }

    void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("threads", Integer.toString(threads));
        p.setProperty("model", defaultModel);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Tiro settings (desktop Settings tab)");
        }
    }
}

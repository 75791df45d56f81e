package io.neurograph.tiro.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Worker threads and default model, kept in {@code tiro-settings.properties} in the config folder. The engine has
 * no knob that reads them yet; they are stored so that the bootstrap and query work can pick them up.
 *
 * @param defaultModel path of the model to use by default; empty for none
 */
record EngineSettings(int threads, String defaultModel) {
    static final String FILE = "tiro-settings.properties";

    static EngineSettings defaults() {
        return new EngineSettings(Runtime.getRuntime().availableProcessors(), "");
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
        return new EngineSettings(Math.max(1, threads), p.getProperty("model", ""));
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

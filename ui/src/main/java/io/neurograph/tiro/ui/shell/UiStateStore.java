package io.neurograph.tiro.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** Keeps {@link UiState} in a small properties file chosen by the caller (normally in the data folder). */
public final class UiStateStore {
    private static final System.Logger LOG = System.getLogger(UiStateStore.class.getName());

    private static final String LANGUAGE = "language";

    private final Path file;

    public UiStateStore(Path file) {
        this.file = file;
    }

    /** A missing or damaged file gives the defaults: losing window placement must never stop the app. */
    public UiState load() {
        if (!Files.isRegularFile(file)) {
            return UiState.DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new UiState(bounds(p), Boolean.parseBoolean(p.getProperty("window.maximized")),
                    tab(p.getProperty("tab")), ThemeChoice.parse(p.getProperty("theme")).orElse(ThemeChoice.SYSTEM),
                    language(p.getProperty(LANGUAGE)));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable ui state {0}: {1}", file, e);
            return UiState.DEFAULT;
        }
    }

    /** Saves the window's state; the language on file is kept (it is changed by {@link #saveLanguage}). */
    public void save(UiState state) {
        Properties p = new Properties();
        String language = readLanguage();
        if (language != null) {
            p.setProperty(LANGUAGE, language);
        }
        state.bounds().ifPresent(b -> {
            p.setProperty("window.x", Double.toString(b.x()));
            p.setProperty("window.y", Double.toString(b.y()));
            p.setProperty("window.width", Double.toString(b.width()));
            p.setProperty("window.height", Double.toString(b.height()));
        });
        p.setProperty("window.maximized", Boolean.toString(state.maximized()));
        p.setProperty("tab", state.tab().name());
        p.setProperty("theme", state.theme().name());
        write(p);
    }

    /** Remembers the ui language for the next start; empty follows the system. Keeps the rest of the state. */
    public void saveLanguage(Optional<Locale> language) {
        Properties p = read().orElseGet(Properties::new);
        language.ifPresentOrElse(l -> p.setProperty(LANGUAGE, l.toLanguageTag()), () -> p.remove(LANGUAGE));
        write(p);
    }

    private String readLanguage() {
        return read().map(p -> p.getProperty(LANGUAGE)).orElse(null);
    }

    private Optional<Properties> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Writes a sibling file and moves it over the old one, so a crash mid-write keeps the previous state. */
    private void write(Properties p) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // a fixed name: a write cut short by a killed process leaves one stale file, overwritten next time
            Path temp = parent.resolve(file.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Tiro Control Center window state");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save ui state to " + file, e);
        }
    }

    private static Optional<WindowBounds> bounds(Properties p) {
        if (p.getProperty("window.width") == null) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(number(p, "window.x"), number(p, "window.y"),
                number(p, "window.width"), number(p, "window.height")));
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key, "NaN"));
    }

    private static Optional<Locale> language(String tag) {
        return tag == null || tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    private static AppTab tab(String name) {
        return name == null ? AppTab.DASHBOARD : AppTab.valueOf(name);
    }
}

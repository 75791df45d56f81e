package io.neurograph.tiro.ui.testing;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.concurrent.FxTaskExecutor;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.shell.AppTab;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.shell.Navigator;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.RunningJobs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A feature context for testing one tab alone: a real engine, English, light theme, a scripted console, a
 * fresh journal and jobs, a real FX executor (or the given one), and recorders for notifications, selected
 * tabs and shown models (until a feature registers its own model handler on the {@link #navigator}).
 */
public final class FeatureFixture {
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final List<AppTab> selectedTabs = new CopyOnWriteArrayList<>();
    public final List<Path> shownModels = new CopyOnWriteArrayList<>();
    public final CommandJournal journal = new CommandJournal();
    public final RunningJobs jobs = new RunningJobs();
    public final Navigator navigator = new Navigator(selectedTabs::add);
    public final FeatureContext context;

    public FeatureFixture(Engine engine) {
        this(engine, new FxTaskExecutor());
    }

    public FeatureFixture(Engine engine, TaskExecutor executor) {
        navigator.onShowModel(shownModels::add);
        context = new FeatureContext(engine, executor, new Messages(Locale.ENGLISH), notifier, journal,
                new ScriptedConsole(), navigator, jobs, new SimpleObjectProperty<>(ThemeChoice.LIGHT), stateFile());
    }

    /** A window state file of its own, so a feature that writes it never touches another test's. */
    private static Path stateFile() {
        try {
            return Files.createTempDirectory("tiro-ui-state").resolve("ui.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The infos shown so far, each as "title: text". */
    public List<String> infos() {
        return notifier.infos();
    }

    /** The errors shown so far, each as "title: text". */
    public List<String> errors() {
        return notifier.errors();
    }
}

package io.neurograph.tiro.ui.bootstrap;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.concurrent.FxTaskExecutor;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.shell.AppTab;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.shell.Navigator;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import io.neurograph.tiro.ui.support.RunningJobs;
import io.neurograph.tiro.ui.testing.ScriptedConsole;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A feature context for testing one tab alone: English, a real executor (or the given one), and recorders for
 * notifications, selected tabs and shown models.
 */
public final class FeatureFixture {
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<AppTab> selectedTabs = new CopyOnWriteArrayList<>();
    public final List<Path> shownModels = new CopyOnWriteArrayList<>();
    public final CommandJournal journal = new CommandJournal();
    public final RunningJobs jobs = new RunningJobs();
    public final FeatureContext context;

    public FeatureFixture(Engine engine) {
        this(engine, new FxTaskExecutor());
    }

    public FeatureFixture(Engine engine, TaskExecutor executor) {
        Notifier notifier = new Notifier() {
            @Override
            public void info(String title, String text) {
                infos.add(title + ": " + text);
            }

            @Override
            public void error(String title, String text) {
                errors.add(title + ": " + text);
            }
        };
        Navigator navigator = new Navigator(selectedTabs::add);
        navigator.onShowModel(shownModels::add);
        context = new FeatureContext(engine, executor, new Messages(Locale.ENGLISH), notifier, journal,
                new ScriptedConsole(), navigator, jobs, new SimpleObjectProperty<>(ThemeChoice.LIGHT));
    }
}

package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.shell.Navigator;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import io.neurograph.tiro.ui.support.RunningJobs;
import io.neurograph.tiro.ui.testing.ScriptedConsole;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;

/** A feature context over a real engine with an English bundle, a recording notifier and a fresh journal. */
public final class FeatureFixture {
    public final CommandJournal journal = new CommandJournal();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final FeatureContext context;

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
        context = new FeatureContext(engine, executor, new Messages(Locale.ENGLISH), notifier, journal,
                new ScriptedConsole(), new Navigator(tab -> { }), new RunningJobs(),
                new SimpleObjectProperty<>(ThemeChoice.LIGHT));
    }
}

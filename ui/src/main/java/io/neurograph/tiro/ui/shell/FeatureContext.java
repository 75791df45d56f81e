package io.neurograph.tiro.ui.shell;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import io.neurograph.tiro.ui.support.RunningJobs;
import io.neurograph.tiro.ui.terminal.CommandConsole;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;

/**
 * What every feature (tab) is built from. The engine is called only from work handed to {@code executor};
 * state-changing actions are echoed to {@code journal} as their {@code tiro} command; {@code theme} is the
 * window's theme choice (Settings edits it, the window follows and remembers it); {@code stateFile} is where the
 * window keeps its state (Settings writes the language there).
 */
public record FeatureContext(Engine engine, TaskExecutor executor, Messages messages, Notifier notifier,
                             CommandJournal journal, CommandConsole console, Navigator navigator,
                             RunningJobs jobs, ObjectProperty<ThemeChoice> theme, Path stateFile) {
    public FeatureContext {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(stateFile, "stateFile");
    }
}

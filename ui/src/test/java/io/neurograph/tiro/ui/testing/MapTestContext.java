package io.neurograph.tiro.ui.testing;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.shell.AppTab;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.shell.Navigator;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import io.neurograph.tiro.ui.support.RunningJobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;

/** A feature context for the concept map and capsule views' tests, in English, with a notifier that records. */
public final class MapTestContext {
    private MapTestContext() {
    }

    public static FeatureContext of(Engine engine, TaskExecutor executor, RecordingNotifier notifier) {
        return new FeatureContext(engine, executor, new Messages(Locale.ENGLISH), notifier, new CommandJournal(),
                new ScriptedConsole(), new Navigator((AppTab tab) -> { }), new RunningJobs(),
                new SimpleObjectProperty<>(ThemeChoice.LIGHT));
    }

    /** Keeps every notification as "title: text". */
    public static final class RecordingNotifier implements Notifier {
        private final List<String> shown = new ArrayList<>();

        @Override
        public void info(String title, String text) {
            shown.add(title + ": " + text);
        }

        @Override
        public void error(String title, String text) {
            shown.add(title + ": " + text);
        }

        public List<String> shown() {
            return List.copyOf(shown);
        }
    }
}

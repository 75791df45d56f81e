package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The engine's parts with status and key numbers, and its configuration; refreshed on demand. */
public final class ModulesViewModel {
    private final Engine engine;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Notifier notifier;
    private final ObservableList<ModuleRow> modules = FXCollections.observableArrayList();
    private final ObservableList<ConfigRow> configuration = FXCollections.observableArrayList();
    private boolean reading;
    private boolean failing;

    public ModulesViewModel(Engine engine, TaskExecutor executor, Messages messages, Notifier notifier) {
        this.engine = engine;
        this.executor = executor;
        this.messages = messages;
        this.notifier = notifier;
        configuration.setAll(ModuleReadings.configuration(engine.config()));
    }

    /** Reads again; a call while the last reading runs is dropped (a bootstrap may hold the writer lock). */
    public void refresh() {
        if (reading) {
            return;
        }
        reading = true;
        executor.execute(() -> ModuleReadings.modules(engine, messages), rows -> {
            reading = false;
            failing = false;
            modules.setAll(rows);
        }, e -> {
            reading = false;
            if (!failing) {
                failing = true;
                notifier.error(messages.get("modules.refreshFailed"), e);
            }
        });
    }

    public ObservableList<ModuleRow> modules() {
        return modules;
    }

    public ObservableList<ConfigRow> configuration() {
        return configuration;
    }
}

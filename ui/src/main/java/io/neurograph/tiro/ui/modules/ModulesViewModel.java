package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.Engine;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The engine's parts with status and key numbers, and the configuration fixed when it opened; refreshed on demand.
 * Parts the engine lets be disabled are switched here, one switch at a time, each echoed as its {@code tiro modules}
 * command.
 */
public final class ModulesViewModel {
    private final Engine engine;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Notifier notifier;
    private final CommandJournal journal;
    private final ObservableList<ModuleRow> modules = FXCollections.observableArrayList();
    private final ObservableList<ConfigRow> configuration = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper();
    private boolean reading;
    private boolean failing;
    /** Switches done so far: a reading that started before the last one is stale. */
    private long switches;

    public ModulesViewModel(Engine engine, TaskExecutor executor, Messages messages, Notifier notifier,
                            CommandJournal journal) {
        this.engine = engine;
        this.executor = executor;
        this.messages = messages;
        this.notifier = notifier;
        this.journal = journal;
        executor.execute(() -> ModuleReadings.fixedConfiguration(engine), configuration::setAll,
                e -> notifier.error(messages.get("modules.refreshFailed"), e));
    }

    /** Reads again; a call while the last reading runs is dropped (a bootstrap may hold the writer lock). */
    public void refresh() {
        if (reading) {
            return;
        }
        reading = true;
        long asked = switches;
        executor.execute(() -> ModuleReadings.modules(engine, messages), rows -> {
            reading = false;
            failing = false;
            if (asked != switches) {
                refresh();
                return;
            }
            modules.setAll(rows);
        }, e -> {
            reading = false;
            if (!failing) {
                failing = true;
                notifier.error(messages.get("modules.refreshFailed"), e);
            }
        });
    }

    /** Asks the engine to enable or disable a part; ignored while another switch runs. */
    public void setEnabled(ModuleId id, boolean enabled) {
        if (switching.get()) {
            return;
        }
        switching.set(true);
        executor.execute(() -> engine.moduleSwitches().setEnabled(id, enabled), changed -> {
            switching.set(false);
            switches++;
            journal.echo("modules " + (enabled ? "enable " : "disable ") + id.key());
            refresh();
        }, e -> {
            switching.set(false);
            notifier.error(messages.get("modules.switchFailed"), e);
        });
    }

    /** True while a switch runs: the switches wait for it. */
    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    public ObservableList<ModuleRow> modules() {
        return modules;
    }

    /** The settings fixed when the engine opened (the others are in {@link ModuleConfigViewModel}). */
    public ObservableList<ConfigRow> configuration() {
        return configuration;
    }
}

package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.Engine;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleSetting;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings of the part selected in the Modules tab: a form for a part the engine lets configure while it runs,
 * the reason for any other. Apply sends the edited settings at once (the engine takes all or none), echoed as their
 * {@code tiro modules config} command; the values in force are read again on every refresh, and fields the user has
 * not touched follow them (the Terminal may have changed them).
 */
public final class ModuleConfigViewModel {
    private final Engine engine;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Notifier notifier;
    private final CommandJournal journal;
    private final ReadOnlyObjectWrapper<ModuleId> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SettingField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper applying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRevert = new ReadOnlyBooleanWrapper();
    /** Reads and changes so far: a reading that started before the last one is stale. */
    private long tickets;

    public ModuleConfigViewModel(Engine engine, TaskExecutor executor, Messages messages, Notifier notifier,
                                 CommandJournal journal) {
        this.engine = engine;
        this.executor = executor;
        this.messages = messages;
        this.notifier = notifier;
        this.journal = journal;
        applying.addListener(o -> recheck());
    }

    /** Shows the settings of {@code id} (or why it has none); selecting the part shown again keeps the edits. */
    public void select(ModuleId id) {
        if (Objects.equals(id, selected.get())) {
            return;
        }
        tickets++;
        fields.clear();
        recheck();
        reason.set(id == null || id.configurable() ? null : messages.get(ModuleTexts.of(id).settingsKey()));
        selected.set(id);
        if (id != null && id.configurable()) {
            read(id, true);
        }
    }

    /** Reads the values in force again; untouched fields follow them. Quiet on failure: the tab's refresh reports. */
    public void refresh() {
        ModuleId id = selected.get();
        if (id != null && id.configurable() && !applying.get()) {
            read(id, false);
        }
    }

    private void read(ModuleId id, boolean loud) {
        long ticket = ++tickets;
        executor.execute(() -> engine.moduleSettings().config(id), settings -> {
            if (ticket == tickets) {
                show(id, settings);
            }
        }, e -> {
            if (loud) {
                notifier.error(messages.get("modules.settings.readFailed"), e);
            }
        });
    }

    private void show(ModuleId id, List<ModuleSetting> settings) {
        if (fields.size() == settings.size()) {
            for (int i = 0; i < settings.size(); i++) {
                fields.get(i).follow(settings.get(i));
            }
            return;
        }
        List<SettingField> fresh = settings.stream().map(s -> new SettingField(id, s, messages)).toList();
        fresh.forEach(f -> {
            f.problemProperty().addListener(o -> recheck());
            f.editedProperty().addListener(o -> recheck());
        });
        fields.setAll(fresh);
        recheck();
    }

    /** Sends every edited setting; ignored unless {@link #canApplyProperty()}. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        ModuleId id = selected.get();
        Map<String, String> changes = new LinkedHashMap<>();
        fields.stream().filter(f -> f.editedProperty().get())
                .forEach(f -> changes.put(f.key(), f.value().orElseThrow()));
        String command = "modules config " + id.key() + " " + fields.stream().filter(f -> changes.containsKey(f.key()))
                .map(f -> f.key() + "=" + f.shown(changes.get(f.key()))).collect(Collectors.joining(" "));
        long ticket = ++tickets;
        applying.set(true);
        executor.execute(() -> engine.moduleSettings().configure(id, changes), settings -> {
            applying.set(false);
            journal.echo(command);
            if (ticket == tickets) {
                for (int i = 0; i < settings.size() && i < fields.size(); i++) {
                    fields.get(i).applied(settings.get(i));
                }
            }
        }, e -> {
            applying.set(false);
            notifier.error(messages.get("modules.settings.applyFailed"), e);
        });
    }

    /** Every field back to the engine's value. */
    public void revert() {
        fields.forEach(SettingField::revert);
    }

    private void recheck() {
        List<String> bad = fields.stream().map(f -> f.problemProperty().get()).filter(Objects::nonNull).toList();
        boolean edited = fields.stream().anyMatch(f -> f.editedProperty().get());
        problems.set(String.join("\n", bad));
        canApply.set(edited && bad.isEmpty() && !applying.get());
        canRevert.set(edited && !applying.get());
    }

    /** The part whose settings are shown; null before one is selected. */
    public ReadOnlyObjectProperty<ModuleId> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected part's settings; empty for a part without any. */
    public ObservableList<SettingField> fields() {
        return fields;
    }

    /** Why the selected part has no settings to change; null when it has or nothing is selected. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** What is wrong with the edited values, one line per setting, each naming it; empty when nothing is. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevertProperty() {
        return canRevert.getReadOnlyProperty();
    }
}

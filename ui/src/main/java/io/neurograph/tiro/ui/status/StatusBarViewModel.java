package io.neurograph.tiro.ui.status;

import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Formatted status texts, refreshed from an {@link EngineStatusSource} on demand. */
public final class StatusBarViewModel {
    private static final long MIB = 1024 * 1024;

    private final EngineStatusSource source;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper tokens = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper connections = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper heap = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper mapped = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper jobs = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper api = new ReadOnlyStringWrapper();
    private boolean sampling;

    /** @param runningJobs long jobs of the tabs (bootstrap, conversion), counted on the FX thread */
    public StatusBarViewModel(EngineStatusSource source, TaskExecutor executor, Messages messages,
                              ReadOnlyIntegerProperty runningJobs) {
        this.source = source;
        this.executor = executor;
        this.messages = messages;
        show(new StatusSnapshot(messages.get("status.state.starting"), 0, 0, 0, 0, 0));
        jobs.bind(Bindings.createStringBinding(() -> messages.format("status.jobs", runningJobs.get()), runningJobs));
        // the REST server arrives with its own issue; until then the desktop never exposes the engine
        api.set(messages.get("status.api.off"));
    }

    /** Takes a new sample; a tick that comes while the last sample is still running is dropped, not queued. */
    public void refresh() {
        if (sampling) {
            return;
        }
        sampling = true;
        executor.execute(source::snapshot, this::sampled, this::failed);
    }

    private void sampled(StatusSnapshot snapshot) {
        sampling = false;
        show(snapshot);
    }

    private void failed(Exception error) {
        sampling = false;
        state.set(messages.format("status.state", messages.get("status.state.unavailable")));
    }

    private void show(StatusSnapshot s) {
        state.set(messages.format("status.state", s.state()));
        tokens.set(messages.format("status.tokens", s.tokens()));
        connections.set(messages.format("status.connections", s.connections()));
        heap.set(messages.format("status.heap", s.heapUsedBytes() / MIB, s.heapMaxBytes() / MIB));
        mapped.set(messages.format("status.mapped", s.mappedBytes() / MIB));
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokensProperty() {
        return tokens.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionsProperty() {
        return connections.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heapProperty() {
        return heap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mappedProperty() {
        return mapped.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jobsProperty() {
        return jobs.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty apiProperty() {
        return api.getReadOnlyProperty();
    }
}

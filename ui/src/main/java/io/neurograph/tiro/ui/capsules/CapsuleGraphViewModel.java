package io.neurograph.tiro.ui.capsules;

import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import io.neurograph.tiro.ui.support.RunningJobs;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Model view's state: the structure of the open model file (read off the FX thread), its totals, and the
 * tensor table, which lists all tensors or those of the chosen capsule.
 */
public final class CapsuleGraphViewModel {
    private final TaskExecutor executor;
    private final Messages messages;
    private final Notifier notifier;
    private final RunningJobs jobs;

    private final ReadOnlyObjectWrapper<ModelStructure> structure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tensorTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<ModelStructure.Tensor> tensors = FXCollections.observableArrayList();
    /** A file opened later wins over one still being read. */
    private int generation;

    public CapsuleGraphViewModel(TaskExecutor executor, Messages messages, Notifier notifier, RunningJobs jobs) {
        this.executor = executor;
        this.messages = messages;
        this.notifier = notifier;
        this.jobs = jobs;
        title.set(messages.get("capsules.none"));
    }

    public void open(Path file) {
        int forGeneration = ++generation;
        AutoCloseable job = jobs.started();
        loading.set(true);
        title.set(messages.format("capsules.opening", file.getFileName()));
        executor.execute(() -> ModelStructureReader.read(file), read -> {
            finished(job);
            if (forGeneration == generation) {
                show(read);
            }
        }, failure -> {
            finished(job);
            if (forGeneration == generation) {
                title.set(structure.get() == null ? messages.get("capsules.none") : describe(structure.get()));
                notifier.error(messages.format("capsules.error.open", file.getFileName()), failure);
            }
        });
    }

    private void finished(AutoCloseable job) {
        loading.set(false);
        try {
            job.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void show(ModelStructure read) {
        structure.set(read);
        title.set(describe(read));
        totals.set(messages.format("capsules.totals", read.capsules().size(), read.nodeCount(),
                read.tensors().size(), ByteSizes.human(read.tensorBytes())));
        showAllTensors();
    }

    private String describe(ModelStructure s) {
        return messages.format("capsules.title", s.file().getFileName(), s.format(), ByteSizes.human(s.fileSize()));
    }

    public void showAllTensors() {
        ModelStructure s = structure.get();
        tensors.setAll(s == null ? List.of() : s.tensors());
        tensorTitle.set(messages.format("capsules.tensors.all", tensors.size()));
    }

    /** Lists the tensors the capsule uses, shared ones included. */
    public void showTensorsOf(int capsuleIndex) {
        ModelStructure s = structure.get();
        if (s == null || capsuleIndex < 0 || capsuleIndex >= s.capsules().size()) {
            showAllTensors();
            return;
        }
        ModelStructure.Capsule capsule = s.capsules().get(capsuleIndex);
        Set<String> used = new HashSet<>(capsule.tensors());
        tensors.setAll(s.tensors().stream().filter(t -> used.contains(t.name())).toList());
        tensorTitle.set(messages.format("capsules.tensors.of", capsule.name(), tensors.size()));
    }

    public ReadOnlyObjectProperty<ModelStructure> structureProperty() {
        return structure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tensorTitleProperty() {
        return tensorTitle.getReadOnlyProperty();
    }

    public ObservableList<ModelStructure.Tensor> tensors() {
        return FXCollections.unmodifiableObservableList(tensors);
    }
}

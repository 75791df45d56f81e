package io.neurograph.tiro.ui.dashboard;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.logs.EventLines;
import io.neurograph.tiro.ui.logs.LogEntry;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Dashboard's state: an hour of samples, the recent engine events and the alert rules. {@link #tick()}
 * samples off the FX thread and publishes the sample once; everything here is read and changed on the FX
 * thread only.
 */
public final class DashboardViewModel {
    static final int ACTIVITY_ROWS = 200;

    private final Sampler sampler;
    private final AlertStore alertStore;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Notifier notifier;
    private final MetricHistory history = new MetricHistory(MetricHistory.WINDOW);
    private final AlertEvaluator evaluator = new AlertEvaluator();
    private final ReadOnlyLongWrapper samples = new ReadOnlyLongWrapper();
    private final ObservableList<LogEntry> activity = FXCollections.observableArrayList();
    private final ObservableList<AlertRule> rules = FXCollections.observableArrayList();
    private boolean sampling;
    private boolean failing;

    public DashboardViewModel(Sampler sampler, AlertStore alertStore, TaskExecutor executor, Messages messages,
            Notifier notifier) {
        this.sampler = sampler;
        this.alertStore = alertStore;
        this.executor = executor;
        this.messages = messages;
        this.notifier = notifier;
        executor.execute(alertStore::load, rules::setAll,
                e -> notifier.error(messages.get("dashboard.alerts.loadFailed"), e));
    }

    /** Takes a sample; a tick that comes while the last one is still running is dropped, not queued. */
    public void tick() {
        if (sampling) {
            return;
        }
        sampling = true;
        executor.execute(sampler::sample, this::sampled, this::failed);
    }

    private void sampled(Sample sample) {
        sampling = false;
        failing = false;
        history.append(sample);
        List<LogEntry> lines = new ArrayList<>(sample.events().size());
        for (EngineEvent e : sample.events()) {
            lines.add(EventLines.of(e, messages));
        }
        activity.addAll(0, lines.reversed());
        if (activity.size() > ACTIVITY_ROWS) {
            activity.remove(ACTIVITY_ROWS, activity.size());
        }
        for (AlertEvaluator.Firing f : evaluator.evaluate(List.copyOf(rules), sample)) {
            notifier.error(messages.format("dashboard.alert.title", messages.get(f.rule().metric().titleKey())),
                    messages.format("dashboard.alert.text", format(f.rule().metric(), f.value()),
                            f.rule().comparison().symbol(), format(f.rule().metric(), f.rule().threshold()),
                            f.rule().sustainSeconds()));
        }
        samples.set(samples.get() + 1);
    }

    /** Says once that sampling fails, not every second while it keeps failing. */
    private void failed(Exception error) {
        sampling = false;
        if (!failing) {
            failing = true;
            notifier.error(messages.get("dashboard.sampleFailed"), error);
        }
    }

    /** The value as its chart shows it, e.g. {@code 12.5 MiB}; a dash when there was no value. */
    public String format(Metric metric, double value) {
        if (Double.isNaN(value)) {
            return messages.get("dashboard.noValue");
        }
        return messages.format(metric.unit().formatKey(), metric.unit().scaled(value));
    }

    public String latest(Metric metric) {
        return format(metric, history.series(metric).latest());
    }

    public void addRule(AlertRule rule) {
        rules.add(rule);
        saveRules();
    }

    public void removeRule(AlertRule rule) {
        rules.remove(rule);
        saveRules();
    }

    private void saveRules() {
        List<AlertRule> snapshot = List.copyOf(rules);
        executor.execute(() -> {
            alertStore.save(snapshot);
            return null;
        }, done -> { }, e -> notifier.error(messages.get("dashboard.alerts.saveFailed"), e));
    }

    /** Writes a copy of the history, so sampling goes on while the file is written. */
    public void exportCsv(Path file) {
        MetricHistory copy = history.copy();
        executor.execute(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CsvExport.write(copy, out);
            }
            return copy.size();
        }, rows -> notifier.info(messages.get("dashboard.export.done"),
                messages.format("dashboard.export.doneText", rows, file.getFileName().toString())),
                e -> notifier.error(messages.get("dashboard.export.failed"), e));
    }

    public String markerText(Marker marker) {
        return messages.format(marker.kind().titleKey(), marker.detail(), new Date(marker.epochMillis()));
    }

    /** Read it on the FX thread only; it changes when {@link #samplesProperty()} does. */
    public MetricHistory history() {
        return history;
    }

    /** Samples taken so far: the view redraws when it changes. */
    public ReadOnlyLongProperty samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    public ObservableList<LogEntry> activity() {
        return activity;
    }

    public ObservableList<AlertRule> rules() {
        return rules;
    }

    public void close() {
        sampler.close();
    }
}

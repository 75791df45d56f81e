package io.neurograph.tiro.ui.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Collects entries from any thread and hands them to {@code sink} in batches on {@code deliver} (the FX
 * thread in the app), with at most one delivery pending: a burst of ten thousand lines costs one
 * {@code runLater}, not ten thousand. Holds at most {@code capacity} undelivered entries, dropping the oldest.
 */
public final class LogInbox {
    private final Executor deliver;
    private final Consumer<List<LogEntry>> sink;
    private final int capacity;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private List<LogEntry> pending = new ArrayList<>();

    public LogInbox(Executor deliver, Consumer<List<LogEntry>> sink, int capacity) {
        this.deliver = deliver;
        this.sink = sink;
        this.capacity = capacity;
    }

    public void add(LogEntry entry) {
        synchronized (this) {
            if (pending.size() == capacity) {
                pending.removeFirst();
            }
            pending.add(entry);
        }
        if (scheduled.compareAndSet(false, true)) {
            deliver.execute(this::flush);
        }
    }

    private void flush() {
        List<LogEntry> batch;
        synchronized (this) {
            batch = pending;
            pending = new ArrayList<>();
        }
        scheduled.set(false);
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}

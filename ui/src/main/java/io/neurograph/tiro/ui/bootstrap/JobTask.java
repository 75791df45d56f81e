package io.neurograph.tiro.ui.bootstrap;

import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.util.ProgressRate;
import io.neurograph.tiro.ui.support.Messages;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;

/**
 * A long engine job (bootstrap or conversion) as a JavaFX {@link Task}, for ControlsFX's task list. Progress
 * reaches the FX thread only through {@link #updateProgress} and {@link #updateMessage}, which JavaFX
 * coalesces into at most one pending update each; the message (speed, time left) is also rebuilt at most
 * every {@value #MESSAGE_EVERY_MILLIS} ms. Cancel is cooperative: it sets the flag the engine polls, never
 * interrupts the thread (an interrupt would close the memory-mapped vector file's channel mid-write), and
 * the task turns CANCELLED once the engine has committed its batch and stopped.
 */
final class JobTask<T> extends Task<T> {
    private static final long MESSAGE_EVERY_MILLIS = 100;
    /** Stages whose units are bytes: their speed shows as MB/s. */
    private static final Set<String> BYTE_STAGES = Set.of("import", "hash", "weights");

    /** The engine work, given the listener to report to and poll. */
    @FunctionalInterface
    interface Work<T> {
        T run(Listener listener) throws Exception;
    }

    /** What the engine reports to and polls: bootstrap and conversion listeners have the same shape. */
    interface Listener extends JobListener, ConversionListener {
        @Override
        boolean cancelled();
    }

    private final Work<T> work;
    private final Messages messages;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final ProgressRate rate = new ProgressRate();
    private final Listener listener = new Reporter();
    private long lastMessageNanos;

    JobTask(String title, Messages messages, Work<T> work) {
        this.work = work;
        this.messages = messages;
        updateTitle(title);
        updateMessage(messages.get("bootstrap.job.waiting"));
    }

    @Override
    protected T call() throws Exception {
        try {
            return work.run(listener);
        } catch (JobCancelledException e) {
            super.cancel(false);
            return null;
        }
    }

    /** Asks the engine to stop at its next checkpoint; the state follows when it has. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (isDone()) {
            return false;
        }
        cancelRequested.set(true);
        updateMessage(messages.get("bootstrap.job.cancelling"));
        return true;
    }

    boolean cancelRequested() {
        return cancelRequested.get();
    }

    private void report(String stage, long done, long total) {
        ProgressRate.Sample sample = rate.update(stage, done, total, System.nanoTime());
        updateProgress(sample.fraction() >= 0 ? sample.fraction() : -1, 1);
        long now = System.nanoTime();
        if (now - lastMessageNanos >= MESSAGE_EVERY_MILLIS * 1_000_000 && !cancelRequested.get()) {
            lastMessageNanos = now;
            updateMessage(message(sample));
        }
    }

    private String message(ProgressRate.Sample s) {
        String speed = BYTE_STAGES.contains(s.stage())
                ? messages.format("bootstrap.job.megabytesPerSecond", s.perSecond() / 1e6)
                : messages.format("bootstrap.job.perSecond", s.perSecond());
        return s.secondsLeft() >= 0
                ? messages.format("bootstrap.job.progress", stageName(s.stage()), speed, Formats.clock(s.secondsLeft()))
                : messages.format("bootstrap.job.progressNoEstimate", stageName(s.stage()), speed);
    }

    /** What the engine's progress stage does, in words; an unknown stage shows as the engine names it. */
    private String stageName(String stage) {
        return switch (stage) {
            case "import" -> messages.get("bootstrap.stage.import");
            case "embed" -> messages.get("bootstrap.stage.embed");
            case "pca" -> messages.get("bootstrap.stage.pca");
            case "place" -> messages.get("bootstrap.stage.place");
            case "hnsw" -> messages.get("bootstrap.stage.hnsw");
            case "weave" -> messages.get("bootstrap.stage.weave");
            case "hash" -> messages.get("bootstrap.stage.hash");
            case "shapes" -> messages.get("bootstrap.stage.shapes");
            case "weights" -> messages.get("bootstrap.stage.weights");
            case "mini" -> messages.get("bootstrap.stage.mini");
            case "fidelity" -> messages.get("bootstrap.stage.fidelity");
            default -> stage;
        };
    }

    private final class Reporter implements Listener {
        @Override
        public void progress(String stage, long done, long total) {
            report(stage, done, total);
        }

        @Override
        public boolean cancelled() {
            return cancelRequested.get();
        }
    }
}

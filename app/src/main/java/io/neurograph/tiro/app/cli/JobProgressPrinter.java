package io.neurograph.tiro.app.cli;

import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.util.ProgressRate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress of a long engine job on stderr — one line per tenth of each stage, with the rate and the time
 * left — and the cancel flag the job polls (set by Ctrl-C, see {@link CancelOnInterrupt}). Stages that
 * count bytes ({@code import}) show MB/s; the others show units per second.
 */
final class JobProgressPrinter implements JobListener {
    private static final int STEPS = 10;

    private final CliOutput out;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final long nanosAtStart = System.nanoTime();
    private final ProgressRate rate = new ProgressRate();
    private String stage = "";
    private long lastStep;

    JobProgressPrinter(CliOutput out) {
        this.out = out;
    }

    /** Asks the job to stop at its next checkpoint. */
    void cancel() {
        cancel.set(true);
    }

    @Override
    public boolean cancelled() {
        return cancel.get();
    }

    @Override
    public void progress(String stage, long done, long total) {
        ProgressRate.Sample sample = rate.update(stage, done, total, System.nanoTime());
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            lastStep = -1;
        }
        long step = total > 0 ? Math.min(STEPS, done * STEPS / total) : -1;
        if (total > 0 && step <= lastStep) {
            return;
        }
        lastStep = step;
        out.progress(line(sample));
    }

    /** Seconds since the job started, for the report. */
    double elapsedSeconds() {
        return (System.nanoTime() - nanosAtStart) / 1e9;
    }

    static String line(ProgressRate.Sample s) {
        String stage = s.stage();
        long done = s.done();
        long total = s.total();
        double rate = s.perSecond();
        boolean bytes = stage.equals("import");
        String amount = bytes ? ByteSizes.human(done) + (total > 0 ? " / " + ByteSizes.human(total) : "")
                : done + (total > 0 ? " / " + total : "");
        String speed = bytes ? String.format(Locale.ROOT, "%.1f MB/s", rate / 1e6)
                : String.format(Locale.ROOT, "%.0f/s", rate);
        String percent = total > 0 ? String.format(Locale.ROOT, "%3d%%", done * 100 / total) : "    ";
        String eta = s.secondsLeft() >= 0 ? "  ETA " + clock(s.secondsLeft()) : "";
        return String.format(Locale.ROOT, "%-7s %s  %s  %s%s", stage, percent, amount, speed, eta);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}

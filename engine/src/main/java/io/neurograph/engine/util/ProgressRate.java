package io.neurograph.engine.util;

/**
 * Speed and time left of a job that reports {@code (stage, done, total)} progress: the rate is measured from
 * the start of the current stage, so a fast stage after a slow one shows its own speed. Not thread-safe; one
 * instance per job, fed from the thread that receives the progress.
 */
public final class ProgressRate {
    private String stage = "";
    private long stageStartNanos;

    /**
     * A progress report seen with its rate.
     *
     * @param perSecond   units of the stage per second since the stage began (0 before any time passed)
     * @param secondsLeft time to finish the stage at that rate, or -1 when the total or the rate is unknown
     */
    public record Sample(String stage, long done, long total, double perSecond, double secondsLeft) {
        /** Share of the stage done, 0 … 1, or -1 when the total is unknown. */
        public double fraction() {
            return total > 0 ? Math.min(1.0, (double) done / total) : -1;
        }
    }

    /** Records a report made at {@code nanoTime} ({@link System#nanoTime()}); a new stage restarts the clock. */
    public Sample update(String stage, long done, long total, long nanoTime) {
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            stageStartNanos = nanoTime;
        }
        double seconds = (nanoTime - stageStartNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        double left = total > 0 && rate > 0 && done < total ? (total - done) / rate : -1;
        return new Sample(stage, done, total, rate, left);
    }
}

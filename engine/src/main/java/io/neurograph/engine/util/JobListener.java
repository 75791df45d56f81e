package io.neurograph.engine.util;

/**
 * Progress and cooperative cancellation for long engine work (imports, index builds). The engine calls
 * {@link #progress} and polls {@link #cancelled} between units of work on the thread doing the work; when
 * {@code cancelled()} turns true the work stops at the next unit boundary with a {@link JobCancelledException}.
 */
@FunctionalInterface
public interface JobListener {
    /** Ignores progress and never cancels. */
    JobListener NONE = (stage, done, total) -> {
    };

    /**
     * Reports that {@code done} of {@code total} units of {@code stage} are finished.
     *
     * @param total the number of units, or -1 when it is not known in advance
     */
    void progress(String stage, long done, long total);

    /** True once the caller wants the work to stop; polled between units of work. */
    default boolean cancelled() {
        return false;
    }
}

package io.neurograph.engine.util;

/** Long engine work stopped because its {@link JobListener} asked for it; whatever was committed stays. */
public final class JobCancelledException extends RuntimeException {
    private final String stage;

    public JobCancelledException(String stage) {
        super("Cancelled during " + stage);
        this.stage = stage;
    }

    /** The stage that was running when the cancellation was seen. */
    public String stage() {
        return stage;
    }
}

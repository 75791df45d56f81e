package io.neurograph.engine.util;

/** Thrown by long engine work when its {@link JobListener} asked to cancel; names the stage that stopped. */
public final class JobCancelledException extends RuntimeException {
    public JobCancelledException(String stage) {
        super("Cancelled during " + stage);
    }
}

package io.neurograph.tiro.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT/SIGTERM) during a long job into a clean stop: the shutdown hook asks the job to
 * cancel, then holds the JVM open until the job has committed its checkpoint and returned (at most
 * {@value #GRACE_SECONDS} s). A kill -9 skips this; the job's checkpoints make a rerun resume anyway.
 */
final class CancelOnInterrupt implements AutoCloseable {
    private static final int GRACE_SECONDS = 60;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    CancelOnInterrupt(JobProgressPrinter job, CliOutput out) {
        hook = new Thread(() -> {
            out.progress("Stopping at the next checkpoint… (run the same command again to resume)");
            job.cancel();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tiro-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that the job has finished
        }
    }
}

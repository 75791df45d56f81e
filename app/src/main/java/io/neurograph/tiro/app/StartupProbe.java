package io.neurograph.tiro.app;

import io.neurograph.tiro.ui.TiroDesktop;
import io.neurograph.tiro.ui.support.Pulses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures start-up for docs/benchmarks.md: with {@code -Dtiro.startup.report=true} it prints, on stderr,
 * {@code startup-ms N} when the first window has been laid out for its first frame and {@code ready-ms N} when
 * the main window (engine open, tabs usable) has; with {@code -Dtiro.startup.exit=true} it then closes the window,
 * which also makes a start-up training run for the app image's class-data archive (jpackage/linux/build-app-image.sh).
 * Both are milliseconds since the process started.
 */
final class StartupProbe implements TiroDesktop.Milestones {
    private static final Path PROC_STAT = Path.of("/proc/self/stat");
    private static final Path PROC_UPTIME = Path.of("/proc/uptime");
    /** Linux reports process start times in clock ticks of 1/100 s (USER_HZ, fixed by its ABI). */
    private static final long MILLIS_PER_TICK = 10;

    private final boolean report = Boolean.getBoolean("tiro.startup.report");
    private final boolean exit = Boolean.getBoolean("tiro.startup.exit");
    private boolean firstPrinted;

    @Override
    public void windowShown(Stage stage) {
        afterNextLayout(stage, () -> {
            firstPrinted = true;
            print("startup-ms");
        });
    }

    @Override
    public void mainWindowShown(Stage stage) {
        afterNextLayout(stage, () -> {
            if (!firstPrinted) { // the engine was ready before the first window's first frame
                print("startup-ms");
            }
            print("ready-ms");
            if (exit) {
                Platform.runLater(stage::close);
            }
        });
    }

    private void print(String what) {
        if (report) {
            System.err.println(what + " " + millisSinceProcessStart());
        }
    }

    /**
     * On Linux, from the kernel's uptime and the process's start tick, both counted from boot: accurate to 10 ms.
     * {@link ProcessHandle.Info#startInstant()} adds the boot time, which Linux gives in whole seconds, so it
     * can be up to a second early (0.36 s on the benchmark machine, inflating every figure by that much).
     */
    static long millisSinceProcessStart() {
        if (!Files.isReadable(PROC_STAT)) {
            Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
            return Duration.between(started, Instant.now()).toMillis();
        }
        try {
            String stat = Files.readString(PROC_STAT);
            // fields after the parenthesised command name, which may hold spaces; the start time is field 22
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(PROC_UPTIME).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000) - startTicks * MILLIS_PER_TICK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void afterNextLayout(Stage stage, Runnable action) {
        if (report || exit) {
            Pulses.afterNextLayout(stage.getScene(), action);
        }
    }
}

package io.neurograph.tiro.app;

import io.neurograph.tiro.ui.TiroDesktop;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures start-up for docs/benchmarks.md: with {@code -Dtiro.startup.report=true} it prints, on stderr,
 * {@code startup-ms N} when the first window has been laid out for its first frame and {@code ready-ms N} when
 * the main window (engine open, tabs usable) has; with {@code -Dtiro.startup.exit=true} it then closes the window.
 * Both are milliseconds since the process started.
 */
final class StartupProbe implements TiroDesktop.Milestones {
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
            Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
            System.err.println(what + " " + Duration.between(started, Instant.now()).toMillis());
        }
    }

    /** Runs once, after the pulse that lays the scene out for its next frame. */
    private void afterNextLayout(Stage stage, Runnable action) {
        if (!report && !exit) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            action.run();
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }
}

package io.neurograph.tiro.app;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures the time from process start to the first shown window, for docs/benchmarks.md: with
 * {@code -Dtiro.startup.report=true} it prints {@code startup-ms N} on stderr once the window has been shown and
 * laid out for its first frame; with {@code -Dtiro.startup.exit=true} it then closes the window.
 */
final class StartupProbe implements Consumer<Stage> {
    private final boolean report = Boolean.getBoolean("tiro.startup.report");
    private final boolean exit = Boolean.getBoolean("tiro.startup.exit");

    @Override
    public void accept(Stage stage) {
        if (!report && !exit) {
            return;
        }
        // the window counts as shown once the pulse that lays it out for its first frame has run
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            if (report) {
                Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
                System.err.println("startup-ms " + Duration.between(started, Instant.now()).toMillis());
            }
            if (exit) {
                Platform.runLater(stage::close);
            }
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }
}

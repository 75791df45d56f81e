package io.neurograph.tiro.ui.terminal;

import java.util.Objects;

/** What one command printed, and its exit code (0 success, 1 error, 2 bad input or usage, 130 cancelled). */
public record CommandOutcome(int exitCode, String out, String err) {
    public CommandOutcome {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    public boolean succeeded() {
        return exitCode == 0;
    }
}

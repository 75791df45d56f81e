package io.neurograph.tiro.ui.logs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** One line of the log: from a logger ({@code source} is its name) or from an engine event ({@code engine}). */
public record LogEntry(Instant time, LogLevel level, String source, String message) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    public LogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    public String clock() {
        return CLOCK.format(time);
    }

    /** The line as copied to the clipboard. */
    public String line() {
        return clock() + ' ' + level + ' ' + source + " — " + message;
    }
}

package io.neurograph.tiro.ui.logs;

import java.util.logging.Level;

/** The four levels the Logs tab filters by, most severe first. */
public enum LogLevel {
    ERROR("logs.level.error"),
    WARNING("logs.level.warning"),
    INFO("logs.level.info"),
    DEBUG("logs.level.debug");

    private final String labelKey;

    LogLevel(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Whether an entry of this level shows when the filter is set to {@code threshold}. */
    public boolean atLeast(LogLevel threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** JUL's seven levels folded into ours (CONFIG and finer are debug detail). */
    public static LogLevel of(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            return ERROR;
        }
        if (v >= Level.WARNING.intValue()) {
            return WARNING;
        }
        return v >= Level.INFO.intValue() ? INFO : DEBUG;
    }
}

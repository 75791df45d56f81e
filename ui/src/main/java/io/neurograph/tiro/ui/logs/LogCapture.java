package io.neurograph.tiro.ui.logs;

import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A handler on the JUL root logger, so whatever logs through JUL or {@link System.Logger} (ONNX Runtime's
 * Java binding, JavaFX, our own code) reaches the Logs tab. The root logger's level is left as configured.
 */
public final class LogCapture extends Handler {
    private static final Logger ROOT = Logger.getLogger("");
    private final LogInbox inbox;

    private LogCapture(LogInbox inbox) {
        this.inbox = inbox;
        setFormatter(new SimpleFormatter());
    }

    public static LogCapture install(LogInbox inbox) {
        LogCapture capture = new LogCapture(inbox);
        ROOT.addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = getFormatter().formatMessage(record);
        if (record.getThrown() != null) {
            message = message + " — " + record.getThrown();
        }
        String source = record.getLoggerName() == null ? "" : record.getLoggerName();
        inbox.add(new LogEntry(record.getInstant(), LogLevel.of(record.getLevel()), source, message));
    }

    @Override
    public void flush() {
        // entries are handed on as they come
    }

    @Override
    public void close() {
        ROOT.removeHandler(this);
    }
}

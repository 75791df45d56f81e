package io.neurograph.tiro.ui.support;

/** Pop-up notifications for finished jobs and errors. Call on the FX thread; texts are already localised. */
public interface Notifier {

    void info(String title, String text);

    void error(String title, String text);

    /** An error from engine work: its message is written for users (it names the file, line or field). */
    default void error(String title, Throwable failure) {
        String message = failure.getMessage();
        error(title, message == null || message.isBlank() ? failure.getClass().getSimpleName() : message);
    }
}

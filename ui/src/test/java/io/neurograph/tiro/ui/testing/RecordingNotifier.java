package io.neurograph.tiro.ui.testing;

import io.neurograph.tiro.ui.support.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the notifications instead of showing them, each as "title: text". Safe to fill on the FX thread and
 * read on the test thread.
 */
public final class RecordingNotifier implements Notifier {
    private record Shown(boolean error, String line) {
    }

    private final List<Shown> shown = new CopyOnWriteArrayList<>();

    @Override
    public void info(String title, String text) {
        shown.add(new Shown(false, title + ": " + text));
    }

    @Override
    public void error(String title, String text) {
        shown.add(new Shown(true, title + ": " + text));
    }

    /** Every notification so far, infos and errors, in the order shown. */
    public List<String> shown() {
        return shown.stream().map(Shown::line).toList();
    }

    public List<String> infos() {
        return shown.stream().filter(s -> !s.error()).map(Shown::line).toList();
    }

    public List<String> errors() {
        return shown.stream().filter(Shown::error).map(Shown::line).toList();
    }
}

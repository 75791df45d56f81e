package io.neurograph.tiro.ui.dashboard;

import io.neurograph.tiro.ui.support.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps what would have popped up, as "info|error: title — text". */
final class RecordingNotifier implements Notifier {
    final List<String> shown = new ArrayList<>();

    @Override
    public void info(String title, String text) {
        shown.add("info: " + title + " — " + text);
    }

    @Override
    public void error(String title, String text) {
        shown.add("error: " + title + " — " + text);
    }
}

package io.neurograph.tiro.ui.graph;

import io.neurograph.tiro.ui.support.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps the notifications instead of showing them. */
final class RecordingNotifier implements Notifier {
    final List<String> infos = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void info(String title, String text) {
        infos.add(text);
    }

    @Override
    public void error(String title, String text) {
        errors.add(text);
    }
}

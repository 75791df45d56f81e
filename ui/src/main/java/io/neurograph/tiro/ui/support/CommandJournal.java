package io.neurograph.tiro.ui.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The equivalent {@code tiro} command of every state-changing GUI action, so the Terminal can echo it and a
 * session can be replayed from the command line. View-models call {@link #echo} on the FX thread after the
 * action succeeded; the last {@value #KEPT} lines are kept for a listener that subscribes later.
 */
public final class CommandJournal {
    static final int KEPT = 1000;

    private final Deque<String> recent = new ArrayDeque<>();
    private final List<Consumer<String>> listeners = new ArrayList<>();

    /** @param commandLine the command without the leading {@code tiro}, e.g. {@code cdna set-scales 20 …} */
    public void echo(String commandLine) {
        if (recent.size() == KEPT) {
            recent.removeFirst();
        }
        recent.addLast(commandLine);
        List.copyOf(listeners).forEach(l -> l.accept(commandLine));
    }

    /** Replays the kept lines to {@code listener}, then sends it every new one. */
    public void subscribe(Consumer<String> listener) {
        recent.forEach(listener);
        listeners.add(listener);
    }

    public List<String> recent() {
        return List.copyOf(recent);
    }
}

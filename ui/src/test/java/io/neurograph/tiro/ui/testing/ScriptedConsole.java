package io.neurograph.tiro.ui.testing;

import io.neurograph.tiro.ui.terminal.CommandConsole;
import io.neurograph.tiro.ui.terminal.CommandOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the {@code tiro} command tree, which lives in the app module and cannot be reached from ui
 * tests (app depends on ui). Records the lines it was given; the real console is tested in the app module.
 */
public final class ScriptedConsole implements CommandConsole {
    private final List<String> ran = new ArrayList<>();

    @Override
    public synchronized CommandOutcome run(String line) {
        ran.add(line);
        return new CommandOutcome(0, "ran: " + line + "\n", "");
    }

    @Override
    public List<String> complete(String line) {
        return List.of();
    }

    public synchronized List<String> ran() {
        return List.copyOf(ran);
    }
}

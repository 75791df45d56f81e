package io.neurograph.tiro.ui.terminal;

import java.util.List;

/**
 * The {@code tiro} command tree, run in-process against the running engine. The app implements it over the
 * same picocli commands as the command line, so a terminal session can be replayed with {@code tiro}.
 * Both methods may block and are called off the FX thread.
 */
public interface CommandConsole {

    /** Runs one command line (without the leading {@code tiro}); never throws for a failing command. */
    CommandOutcome run(String line);

    /** Candidates that complete the last word of {@code line}, each the whole replacement for that word. */
    List<String> complete(String line);
}

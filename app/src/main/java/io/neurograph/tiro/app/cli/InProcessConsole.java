package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.terminal.CommandConsole;
import io.neurograph.tiro.ui.terminal.CommandOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The {@code tiro} command tree over the desktop app's running engine, for the Terminal tab. Each line gets
 * a fresh command tree (picocli keeps option values between runs) on a session that does not own the engine.
 */
public final class InProcessConsole implements CommandConsole {
    /** Options that make no sense inside the app: the folder is the app's, the version is in Help → About. */
    private static final Set<String> NOT_HERE = Set.of("--data-dir", "-V", "--version");

    private final Engine engine;

    public InProcessConsole(Engine engine) {
        this.engine = engine;
    }

    @Override
    public CommandOutcome run(String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> words;
        try {
            words = withoutProgramName(CommandLineWords.split(line));
        } catch (IllegalArgumentException e) {
            return new CommandOutcome(TiroCli.EXIT_BAD_FILE, "", "tiro: " + e.getMessage() + "\n");
        }
        try (CliSession session = session(out, err)) {
            int code = commandLine(session).execute(words.toArray(String[]::new));
            session.out().flush();
            session.err().flush();
            return new CommandOutcome(code, out.toString(), err.toString());
        }
    }

    @Override
    public List<String> complete(String line) {
        List<String> words = new ArrayList<>(withoutProgramName(CommandLineWords.split(line)));
        boolean newWord = line.isEmpty() || Character.isWhitespace(line.charAt(line.length() - 1));
        if (newWord || words.isEmpty()) {
            words.add("");
        }
        String last = words.getLast();
        List<CharSequence> suffixes = new ArrayList<>();
        try (CliSession session = session(new StringWriter(), new StringWriter())) {
            AutoComplete.complete(commandLine(session).getCommandSpec(), words.toArray(String[]::new),
                    words.size() - 1, last.length(), last.length(), suffixes);
        }
        return suffixes.stream().map(s -> last + s).filter(w -> !NOT_HERE.contains(w)).distinct().sorted().toList();
    }

    private CliSession session(StringWriter out, StringWriter err) {
        CliSession.EngineSource source = dir -> {
            if (dir != null && !sameFolder(dir)) {
                throw new IllegalArgumentException("The terminal works on the running engine's data folder "
                        + engine.config().dataDir() + "; --data-dir cannot point elsewhere here");
            }
            return engine;
        };
        return new CliSession(source, false, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private boolean sameFolder(Path dir) {
        Path own = engine.config().dataDir();
        return own != null && own.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize());
    }

    private static CommandLine commandLine(CliSession session) {
        return TiroCli.commandLine(session, s -> {
            s.out().println("Type a command, for example 'status', or 'help' for the list.");
            return 0;
        });
    }

    /** People paste lines copied from a shell, so a leading {@code tiro} is dropped. */
    private static List<String> withoutProgramName(List<String> words) {
        return !words.isEmpty() && words.getFirst().equals("tiro") ? words.subList(1, words.size()) : words;
    }
}

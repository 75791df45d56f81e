package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.DataDirectory;
import io.neurograph.engine.capsule.ModelFormatException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds and runs the {@code tiro} command tree. Engine and validation errors print one line
 * "tiro: …" and exit 1; usage errors exit 2 with the usage text.
 */
public final class TiroCli {
    public static final int EXIT_ERROR = 1;
    /** A model or .cgraph file is malformed: the same code as a usage error, since the input is at fault. */
    public static final int EXIT_BAD_FILE = 2;

    /** What {@code tiro} does without a subcommand: the desktop app, or help in the in-app terminal. */
    @FunctionalInterface
    public interface DesktopEntry {
        int open(CliSession session) throws Exception;
    }

    private TiroCli() {
    }

    /** Runs one command line against an engine opened on the data folder and closed afterwards. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, DesktopEntry withoutSubcommand) {
        CliSession.EngineSource source = dir -> Engine.open(
                EngineConfig.at(DataDirectory.resolve(dir == null ? null : dir.toString())));
        try (CliSession session = new CliSession(source, true, out, err)) {
            return commandLine(session, withoutSubcommand).execute(args);
        }
    }

    /** The command tree over a session; the in-app terminal builds one over its running engine. */
    public static CommandLine commandLine(CliSession session, DesktopEntry withoutSubcommand) {
        CommandLine cl = new CommandLine(new TiroCommand(session, withoutSubcommand), new SessionFactory(session));
        cl.setOut(session.out());
        cl.setErr(session.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("tiro: " + describe(ex));
            cmd.getErr().flush();
            return ex instanceof ModelFormatException ? EXIT_BAD_FILE : EXIT_ERROR;
        });
        return cl;
    }


    static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return message;
    }
}

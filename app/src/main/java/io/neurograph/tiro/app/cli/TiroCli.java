package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.DataDirectory;
import io.neurograph.engine.bootstrap.PcaModelException;
import io.neurograph.engine.bootstrap.read.EmbeddingFormatException;
import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.vector.VectorFileException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Builds and runs the {@code tiro} command tree. Engine and validation errors print one line
 * "tiro: …" and exit 1; usage errors exit 2 with the usage text.
 */
public final class TiroCli {
    public static final int EXIT_ERROR = 1;
    /** A model, .cgraph or embedding file is malformed: the same code as a usage error, since the input is at fault. */
    public static final int EXIT_BAD_FILE = 2;
    /** A long job stopped at a checkpoint on Ctrl-C (128 + SIGINT, the shell convention). */
    public static final int EXIT_CANCELLED = 130;

    /** What {@code tiro} does without a subcommand: the desktop app, or help in the in-app terminal. */
    @FunctionalInterface
    public interface DesktopEntry {
        int open(CliSession session) throws Exception;
    }

    private TiroCli() {
    }

    /**
     * Runs one command line against an engine opened on the data folder and closed afterwards. Nothing escapes as a
     * stack trace: a failure outside picocli's handlers (closing the engine saves the CDNA state and can fail too)
     * is printed as one more line "tiro: …" and makes the exit code non-zero.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, DesktopEntry withoutSubcommand) {
        CliSession.EngineSource source = dir -> Engine.open(
                EngineConfig.at(DataDirectory.resolve(dir == null ? null : dir.toString())));
        CliSession session = new CliSession(source, true, out, err);
        int code;
        try {
            Optional<DesktopOnly> desktop = DesktopOnly.of(args);
            code = desktop.isPresent() ? openDesktop(session, desktop.get().dataDir(), withoutSubcommand)
                    : commandLine(session, withoutSubcommand).execute(args);
        } catch (RuntimeException e) {
            code = report(err, e, 0);
        }
        try {
            session.close();
        } catch (RuntimeException e) {
            code = report(err, e, code);
        }
        return code;
    }

    /** Prints {@code e} as one line "tiro: …"; the exit code stays {@code code} unless that was 0. */
    static int report(PrintWriter err, Exception e, int code) {
        err.println("tiro: " + describe(e));
        err.flush();
        return code == 0 ? exitCode(e) : code;
    }

    /**
     * {@code tiro} alone or {@code tiro --data-dir DIR}: the desktop app then starts without building the command
     * tree, which costs about 0.3 s of start-up; anything else, help included, goes through picocli.
     *
     * @param dataDir the data folder option, or null
     */
    record DesktopOnly(Path dataDir) {
        static Optional<DesktopOnly> of(String[] args) {
            String inline = "--data-dir=";
            if (args.length == 0) {
                return Optional.of(new DesktopOnly(null));
            }
            if (args.length == 1 && args[0].startsWith(inline) && args[0].length() > inline.length()) {
                return Optional.of(new DesktopOnly(Path.of(args[0].substring(inline.length()))));
            }
            if (args.length == 2 && args[0].equals("--data-dir") && !args[1].startsWith("-")) {
                return Optional.of(new DesktopOnly(Path.of(args[1])));
            }
            return Optional.empty();
        }
    }

    private static int openDesktop(CliSession session, Path dataDir, DesktopEntry desktop) {
        session.setDataDir(dataDir);
        try {
            return desktop.open(session);
        } catch (Exception e) {
            session.err().println("tiro: " + describe(e));
            session.err().flush();
            return exitCode(e);
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
            return exitCode(ex);
        });
        return cl;
    }

    private static int exitCode(Exception ex) {
        if (ex instanceof JobCancelledException) {
            return EXIT_CANCELLED;
        }
        boolean badFile = ex instanceof ModelFormatException || ex instanceof EmbeddingFormatException
                || ex instanceof VectorFileException || ex instanceof PcaModelException;
        return badFile ? EXIT_BAD_FILE : EXIT_ERROR;
    }

    static String describe(Throwable ex) {
        // these carry only the path as their message
        if (ex instanceof NoSuchFileException e) {
            return "No such file: " + e.getFile();
        }
        if (ex instanceof AccessDeniedException e) {
            return "Permission denied: " + e.getFile();
        }
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return message;
    }
}

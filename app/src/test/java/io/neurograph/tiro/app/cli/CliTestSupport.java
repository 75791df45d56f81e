package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link TiroCli#run} in-process against a real data folder in a temporary directory. Every
 * call opens the engine on the folder and closes it again, as separate {@code tiro} invocations do.
 */
abstract class CliTestSupport {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A command line with a subcommand must never open the desktop app. */
    static final TiroCli.DesktopEntry NO_DESKTOP = session -> {
        throw new AssertionError("the desktop app was opened");
    };

    @TempDir
    Path dataDir;

    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("stdout is not one JSON document:\n" + out, e);
            }
        }

        /** The stderr lines, without JVM warnings and progress reports. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.startsWith("WARNING:") && !isProgress(l)).toList();
        }

        /** Progress lines: bulk token commits and the stages of a model conversion or a bootstrap. */
        static boolean isProgress(String line) {
            return line.startsWith("committed up to token ")
                    || line.matches("(hash|shapes|weights|mini|import|embed|pca|place|hnsw|weave)\\b.*");
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    /** Runs {@code tiro --data-dir <temp> args…}. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return runRaw(NO_DESKTOP, all.toArray(String[]::new));
    }

    static Result runRaw(TiroCli.DesktopEntry desktop, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = TiroCli.run(args, o, e, desktop);
        }
        return new Result(exit, out.toString(), err.toString());
    }

    /** Runs and asserts exit 0 with nothing on stderr but progress. */
    Result ok(String... args) {
        Result r = run(args);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.errLines()).as("%s", r).isEmpty();
        return r;
    }

    /** Runs with {@code --json}, asserts exit 0 and parses stdout. */
    JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of("--json"));
        all.addAll(List.of(args));
        return ok(all.toArray(String[]::new)).json();
    }

    /** Runs and asserts the exit code; nothing goes to stdout on a failure. */
    Result fails(int exit, String... args) {
        Result r = run(args);
        assertThat(r.exit()).as("%s", r).isEqualTo(exit);
        if (exit == TiroCli.EXIT_ERROR) {
            // engine and validation errors: exactly one line "tiro: …"
            assertThat(r.errLines()).as("%s", r).hasSize(1);
            assertThat(r.errLines().getFirst()).startsWith("tiro: ");
        }
        return r;
    }

    /** Creates a token in the first-space-L1 position given and returns its id. */
    long token(String label, float x, float y, float z) {
        return json("token", "create", "--label", label, "--space", "L1", "--xyz", x + "," + y + "," + z).get("id")
                .asLong();
    }
}

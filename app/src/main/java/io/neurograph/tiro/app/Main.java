package io.neurograph.tiro.app;

import io.neurograph.tiro.app.cli.TiroCli;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of {@code tiro}: no command opens the desktop app, a command runs headless. */
public final class Main {
    /** jvector announces its SIMD provider at INFO on stderr; held so the level is not lost with the logger. */
    private static final Logger JVECTOR_LOG = Logger.getLogger("io.github.jbellis.jvector");

    private Main() {
    }

    public static void main(String[] args) {
        JVECTOR_LOG.setLevel(Level.WARNING);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = TiroCli.run(args, out, err, DesktopLauncher::open);
        System.exit(code);
    }
}

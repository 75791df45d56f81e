package io.neurograph.tiro.app;

import io.neurograph.tiro.app.cli.TiroCli;
import java.io.PrintWriter;

/** Entry point of {@code tiro}: no command opens the desktop app, a command runs headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = TiroCli.run(args, out, err, DesktopLauncher::open);
        System.exit(code);
    }
}

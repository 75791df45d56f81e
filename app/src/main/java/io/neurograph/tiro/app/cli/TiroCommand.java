package io.neurograph.tiro.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code tiro} root command: global options; with no subcommand it opens the desktop app. */
@Command(name = "tiro", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, // --help on every subcommand
        versionProvider = TiroVersion.class,
        description = "Tiro Control Center and the NeuroGraph engine. With no command, opens the desktop app.",
        subcommands = {StatusCommand.class, TokenCommands.class, ConnectionCommands.class, GridCommands.class,
            GraphCommands.class, CdnaCommands.class, MetricsCommand.class, ConvertCommand.class, InspectCommand.class,
            VerifyCommand.class, RunCommand.class, BootstrapCommand.class, QueryCommand.class, FeedbackCommand.class,
            IntuitionCommands.class, ModulesCommand.class, CommandLine.HelpCommand.class})
public final class TiroCommand implements Callable<Integer> {
    private final CliSession session;
    private final TiroCli.DesktopEntry withoutSubcommand;

    TiroCommand(CliSession session, TiroCli.DesktopEntry withoutSubcommand) {
        this.session = session;
        this.withoutSubcommand = withoutSubcommand;
    }

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data folder (default: $TIRO_HOME, else the OS convention).")
    void dataDir(Path dir) {
        session.setDataDir(dir);
    }

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON instead of text.")
    void json(boolean json) {
        session.setJson(json);
    }

    @Override
    public Integer call() throws Exception {
        return withoutSubcommand.open(session);
    }
}

package io.neurograph.tiro.app.cli;

import picocli.CommandLine.Parameters;

/** A command whose first argument is the id of a token or connection. */
abstract class IdCommand extends EngineCommand {
    @Parameters(index = "0", paramLabel = "ID")
    protected long id;

    protected IdCommand(CliSession session) {
        super(session);
    }
}

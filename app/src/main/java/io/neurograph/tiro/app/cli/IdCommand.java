package io.neurograph.tiro.app.cli;

import picocli.CommandLine.Parameters;

/** A command whose first argument is the id of a token. */
abstract class IdCommand extends EngineCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The token id.")
    protected long id;

    protected IdCommand(CliSession session) {
        super(session);
    }

    /** A command whose first argument is the id of a connection. */
    abstract static class OfConnection extends EngineCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The connection id.")
        protected long id;

        protected OfConnection(CliSession session) {
            super(session);
        }
    }
}

package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import java.util.concurrent.Callable;

/** Base of every leaf command: gets the shared session, runs against the engine, returns 0. */
abstract class EngineCommand implements Callable<Integer> {
    protected final CliSession session;

    protected EngineCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public final Integer call() throws Exception {
        run(session.engine(), session.output());
        return 0;
    }

    protected abstract void run(Engine engine, CliOutput out) throws Exception;
}

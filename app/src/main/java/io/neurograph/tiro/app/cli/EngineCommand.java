package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Base of every leaf command: gets the shared session, runs against the engine, returns 0. */
abstract class EngineCommand implements Callable<Integer> {
    protected final CliSession session;

    @Spec
    CommandSpec engineCommandSpec;

    protected EngineCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public final Integer call() throws Exception {
        checkOptions();
        run(session.engine(), session.output());
        return 0;
    }

    /**
     * Checks option values before the engine is opened; an out-of-range value is a usage error (exit 2 with the
     * usage text): throw {@link #usage}.
     */
    protected void checkOptions() {
    }

    /** A usage error of this command. */
    protected final ParameterException usage(String message) {
        return new ParameterException(engineCommandSpec.commandLine(), message);
    }

    protected abstract void run(Engine engine, CliOutput out) throws Exception;
}

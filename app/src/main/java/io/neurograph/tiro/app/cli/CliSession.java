package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.ModelRuntimes;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * State shared by the commands of one invocation: global options, output streams and the engine,
 * opened lazily on the data folder. The in-app terminal supplies its running engine instead.
 */
public final class CliSession implements AutoCloseable {
    /** Opens (or hands out) the engine for a data folder option, which may be null. */
    @FunctionalInterface
    public interface EngineSource {
        Engine open(Path dataDirOption) throws Exception;
    }

    private final EngineSource source;
    private final boolean ownsEngine;
    private final PrintWriter out;
    private final PrintWriter err;
    private Path dataDir;
    private boolean json;
    private Engine engine;

    public CliSession(EngineSource source, boolean ownsEngine, PrintWriter out, PrintWriter err) {
        this.source = source;
        this.ownsEngine = ownsEngine;
        this.out = out;
        this.err = err;
    }

    void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Path dataDirOption() {
        return dataDir;
    }

    void setJson(boolean json) {
        this.json = json;
    }

    public CliOutput output() {
        return new CliOutput(out, err, json);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /**
     * Where {@code tiro run} opens its model: inside the app the running engine's register, so the Dashboard counts
     * the run; for a one-shot command a register of its own, so running a model does not open the data folder.
     */
    public ModelRuntimes models() throws Exception {
        return ownsEngine ? new ModelRuntimes(null) : engine().models();
    }

    public Engine engine() throws Exception {
        if (engine == null) {
            engine = source.open(dataDir);
        }
        return engine;
    }

    @Override
    public void close() {
        Engine opened = engine;
        engine = null;
        if (opened != null && ownsEngine) {
            opened.close();
        }
    }
}

package io.neurograph.tiro.ui.shell;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Decides whether to offer the default-vocabulary bootstrap: only on an empty engine with a data folder (an
 * in-memory engine would lose it) that has never been offered it. The offer is remembered in a marker file beside the window state, whatever the answer, so it is made once.
 */
public final class FirstStartOffer {
    private final Engine engine;
    private final TaskExecutor executor;
    private final Path marker;

    public FirstStartOffer(Engine engine, TaskExecutor executor, Path stateFile) {
        this.engine = engine;
        this.executor = executor;
        this.marker = stateFile.resolveSibling("first-start-offered");
    }

    /** Calls {@code offer} (on the FX thread) if the offer is due; a failure to decide means no offer. */
    public void ifDue(Runnable offer) {
        executor.execute(() -> engine.config().dataDir() != null && !Files.exists(marker)
                        && engine.tokens().count() == 0,
                due -> {
                    if (due) {
                        offer.run();
                    }
                }, failure -> { });
    }

    /** Records that the offer was made, so it is not repeated. */
    public void made(Consumer<? super Exception> onFailure) {
        executor.execute(() -> {
            try {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, "offered\n");
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + marker, e);
            }
        }, ignored -> { }, onFailure);
    }
}

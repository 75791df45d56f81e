package io.neurograph.tiro.app;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineStatus;
import io.neurograph.tiro.ui.status.EngineStatusSource;
import io.neurograph.tiro.ui.status.StatusSnapshot;

/** Feeds the status bar from the running engine. */
final class EngineStatusAdapter implements EngineStatusSource {
    private final Engine engine;

    EngineStatusAdapter(Engine engine) {
        this.engine = engine;
    }

    @Override
    public StatusSnapshot snapshot() {
        EngineStatus s = engine.status();
        return new StatusSnapshot(s.state().name(), s.tokenCount(), s.connectionCount(), s.heapUsedBytes(),
                s.heapMaxBytes());
    }
}

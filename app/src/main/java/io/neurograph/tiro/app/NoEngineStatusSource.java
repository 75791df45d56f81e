package io.neurograph.tiro.app;

import io.neurograph.tiro.ui.status.EngineStatusSource;
import io.neurograph.tiro.ui.status.StatusSnapshot;

/** Stand-in until the engine facade is wired: no engine, zero counts, but the real JVM heap. */
final class NoEngineStatusSource implements EngineStatusSource {
    @Override
    public StatusSnapshot snapshot() {
        Runtime runtime = Runtime.getRuntime();
        return new StatusSnapshot("OFFLINE", 0, 0, runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory());
    }
}

package io.neurograph.tiro.app;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineStatus;
import io.neurograph.tiro.ui.status.EngineStatusSource;
import io.neurograph.tiro.ui.status.StatusSnapshot;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;

/** Feeds the status bar from the running engine and the JVM's memory-mapped buffer pool. */
final class EngineStatusAdapter implements EngineStatusSource {
    private final Engine engine;
    private final BufferPoolMXBean mapped = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
            .filter(pool -> pool.getName().equals("mapped")).findFirst().orElse(null);

    EngineStatusAdapter(Engine engine) {
        this.engine = engine;
    }

    @Override
    public StatusSnapshot snapshot() {
        EngineStatus s = engine.status();
        return new StatusSnapshot(s.state().name(), s.tokenCount(), s.connectionCount(), s.heapUsedBytes(),
                s.heapMaxBytes(), mapped == null ? 0 : mapped.getMemoryUsed());
    }
}

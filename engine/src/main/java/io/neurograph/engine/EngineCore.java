package io.neurograph.engine;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaManager;
import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.event.EventBus;
import io.neurograph.engine.graph.Graph;
import io.neurograph.engine.grid.Grid;
import io.neurograph.engine.guardian.Guardian;
import io.neurograph.engine.metrics.EngineMetrics;
import io.neurograph.engine.store.ConnectionStore;
import io.neurograph.engine.store.Repository;
import io.neurograph.engine.store.TokenStore;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.util.Clock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The parts of one engine and the write discipline the services share: one writer at a time, so a
 * plan computed from the stores stays valid while it is persisted and applied; after each write the
 * CDNA is persisted if it changed (a quarantine trial can roll itself back on a write).
 */
final class EngineCore {
    final Clock clock;
    final Repository repository;
    final TokenStore tokens;
    final ConnectionStore connections;
    final Grid grid;
    final Graph graph;
    final CdnaManager cdna;
    final Guardian guardian;
    final EventBus events;
    final EngineMetrics metrics;
    private final ReentrantLock writes = new ReentrantLock();
    private Cdna persistedCdna;
    private volatile boolean closed;

    EngineCore(Clock clock, Repository repository, TokenStore tokens, ConnectionStore connections, Grid grid,
               Graph graph, CdnaManager cdna, Guardian guardian, EventBus events, EngineMetrics metrics) {
        this.clock = clock;
        this.repository = repository;
        this.tokens = tokens;
        this.connections = connections;
        this.grid = grid;
        this.graph = graph;
        this.cdna = cdna;
        this.guardian = guardian;
        this.events = events;
        this.metrics = metrics;
        this.persistedCdna = cdna.current();
    }

    /** A write that may throw a checked exception of type {@code X}. */
    @FunctionalInterface
    interface Mutation<T, X extends Exception> {
        T run() throws X;
    }

    /** Runs one mutation as the only writer, then persists a CDNA change it caused. */
    <T, X extends Exception> T write(Mutation<T, X> mutation) throws X {
        writes.lock();
        try {
            requireOpen();
            T result = mutation.run();
            persistCdnaIfChanged();
            return result;
        } finally {
            writes.unlock();
        }
    }

    /** Saves the CDNA manager state and brings the grid's bucket sizes in line with the CDNA in force. */
    void cdnaChanged() {
        repository.saveCdnaState(CdnaStateCodec.encode(cdna.snapshot()));
        persistedCdna = cdna.current();
        float[] buckets = persistedCdna.bucketSizes();
        for (CoordinateSpace space : CoordinateSpace.values()) {
            if (grid.bucketSize(space) != buckets[space.ordinal()]) {
                grid.setBucketSize(space, buckets[space.ordinal()]);
            }
        }
    }

    private void persistCdnaIfChanged() {
        if (cdna.current() != persistedCdna) {
            cdnaChanged();
        }
    }

    long now() {
        return clock.nowSeconds();
    }

    /** Adds the graph edge of a stored connection: id = connection id, weight = confidence. */
    void addEdge(long id, Connection c) {
        graph.addEdge(id, c.tokenA(), c.tokenB(), c.type(), c.confidence() / 255f,
                c.hasFlag(ConnectionFlags.BIDIRECTIONAL));
    }

    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The engine is closed");
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** Saves the final CDNA state (trial metrics included) and closes the repository. */
    void close() {
        writes.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                repository.saveCdnaState(CdnaStateCodec.encode(cdna.snapshot()));
            } finally {
                repository.close();
            }
        } finally {
            writes.unlock();
        }
    }
}

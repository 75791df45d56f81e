package io.neurograph.engine;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaManager;
import io.neurograph.engine.event.EventBus;
import io.neurograph.engine.graph.Graph;
import io.neurograph.engine.grid.Grid;
import io.neurograph.engine.guardian.Guardian;
import io.neurograph.engine.metrics.EngineMetrics;
import io.neurograph.engine.store.ConnectionStore;
import io.neurograph.engine.store.PersistedCdnaState;
import io.neurograph.engine.store.Repository;
import io.neurograph.engine.store.StoreException;
import io.neurograph.engine.store.TokenStore;
import io.neurograph.engine.store.sqlite.SqliteRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The NeuroGraph engine: one token store, one connection store, one grid, one graph, the CDNA and
 * its Guardian, an event bus, a metrics registry and the register of model runtimes, backed by a durable
 * repository. The facade the
 * CLI, the UI and the REST layer use. Starts no threads. Close it to release the data folder.
 */
public final class Engine implements AutoCloseable {
    private final EngineConfig config;
    private final EngineCore core;
    private final TokenService tokens;
    private final ConnectionService connections;
    private final CdnaService cdnaService;
    private final QueryLog queryLog;
    private final IntuitionService intuition;
    private final ModelRuntimes models;
    private final ModuleSwitches moduleSwitches;
    private final ModuleSettings moduleSettings;

    private Engine(EngineConfig config, EngineCore core) {
        this.config = config;
        this.core = core;
        this.tokens = new TokenService(core);
        this.connections = new ConnectionService(core);
        this.cdnaService = new CdnaService(core);
        this.queryLog = new QueryLog(core);
        this.intuition = new IntuitionService(core, connections, config.intuition());
        this.models = new ModelRuntimes(config.dataDir());
        this.moduleSwitches = new ModuleSwitches(core, intuition);
        moduleSwitches.restore(core.repository.loadModuleStates());
        this.moduleSettings = new ModuleSettings(core, intuition, config);
        moduleSettings.restore(core.repository.loadModuleSettings());
    }

    /**
     * Opens the engine on {@code config.dataDir()} (created if missing), restoring tokens, labels,
     * connections, CDNA, CDNA history and quarantine trial, the experience window, the learned
     * action policies, which parts are enabled and the settings changed while it ran; with no data
     * folder, an empty in-memory engine.
     *
     * @throws StoreException when the data folder or its database cannot be used
     */
    public static Engine open(EngineConfig config) {
        Repository repository = config.dataDir() == null ? new NoPersistence() : openRepository(config.dataDir());
        try {
            return load(config, repository);
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    private static Repository openRepository(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(dataDir, "cannot create the data folder", e);
        }
        return SqliteRepository.open(dataDir);
    }

    private static Engine load(EngineConfig config, Repository repository) {
        EventBus events = new EventBus();
        EngineMetrics metrics = new EngineMetrics();
        metrics.trackEventQueue(events::queuedEvents);
        int maxHistory = config.guardian().maxHistorySize();
        Optional<PersistedCdnaState> saved = repository.loadCdnaState();
        CdnaManager cdna = saved.map(state -> {
            try {
                return CdnaManager.restore(CdnaStateCodec.decode(state), maxHistory, config.clock(), events, metrics);
            } catch (IllegalArgumentException e) {
                throw new StoreException(repository.location(), "the saved CDNA state is damaged: " + e.getMessage());
            }
        }).orElseGet(() -> new CdnaManager(Cdna.defaults(config.clock().nowSeconds()), maxHistory, config.clock(),
                events, metrics));
        Guardian guardian = new Guardian(config.guardian(), cdna, events, metrics, config.memoryProbe(), config.clock());
        TokenStore tokenStore = new TokenStore(config.clock());
        ConnectionStore connectionStore = new ConnectionStore(tokenStore::contains, config.clock());
        repository.load(tokenStore, connectionStore);

        Grid grid = new Grid(cdna.current().bucketSizes());
        Graph graph = new Graph();
        tokenStore.forEach(t -> {
            grid.put(t);
            graph.addNode(t.id());
        });
        EngineCore core = new EngineCore(config.clock(), repository, tokenStore, connectionStore, grid, graph, cdna,
                guardian, events, metrics);
        connectionStore.forEach(e -> core.addEdge(e.id(), e.connection()));
        guardian.restoreCounts(tokenStore.count(), connectionStore.count());
        if (saved.isEmpty()) {
            core.cdnaChanged();
        }
        return new Engine(config, core);
    }

    public TokenService tokens() {
        return tokens;
    }

    public ConnectionService connections() {
        return connections;
    }

    /** Experience, query feedback and the IntuitionEngine's slow and fast paths (persisted). */
    public IntuitionService intuition() {
        return intuition;
    }

    /** Where model runtimes are opened, with the threads and sentence model to use, and their counters. */
    public ModelRuntimes models() {
        return models;
    }

    /**
     * The engine's parts and their on/off state (persisted). Named so as not to be confused with the capsule
     * models a runtime opens.
     */
    public ModuleSwitches moduleSwitches() {
        return moduleSwitches;
    }

    /** The settings of the engine's parts that can change while it runs (persisted over {@link #config()}). */
    public ModuleSettings moduleSettings() {
        return moduleSettings;
    }

    /** CDNA operations (persisted); the manager itself is {@link #cdnaManager()}. */
    public CdnaService cdna() {
        return cdnaService;
    }

    /** Answered queries by id, for feedback. */
    public QueryLog queryLog() {
        return queryLog;
    }

    public CdnaManager cdnaManager() {
        return core.cdna;
    }

    /** The spatial index; read it freely, change it only through {@link #tokens()}. */
    public Grid grid() {
        return core.grid;
    }

    /** The topology; read it freely, change it only through {@link #connections()}. */
    public Graph graph() {
        return core.graph;
    }

    public Guardian guardian() {
        return core.guardian;
    }

    public EventBus events() {
        return core.events;
    }

    public EngineMetrics metrics() {
        return core.metrics;
    }

    /** The configuration the engine was opened with: the defaults of {@link #moduleSettings()}. */
    public EngineConfig config() {
        return config;
    }

    public EngineStatus status() {
        Cdna cdna = core.cdna.current();
        Runtime rt = Runtime.getRuntime();
        return new EngineStatus(core.isClosed() ? EngineState.CLOSED : EngineState.RUNNING, config.dataDir(),
                core.tokens.count(), core.connections.count(), core.tokens.nextId(), cdna.profile().name(),
                cdna.checksum(), core.cdna.quarantineStatus().isPresent(), core.cdna.historySize(),
                rt.totalMemory() - rt.freeMemory(), rt.maxMemory());
    }

    /** Saves the CDNA state and closes the database; later writes fail with IllegalStateException. */
    @Override
    public void close() {
        core.close();
    }
}

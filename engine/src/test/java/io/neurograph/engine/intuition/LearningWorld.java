package io.neurograph.engine.intuition;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.guardian.MemoryProbe;
import io.neurograph.engine.store.ConnectionOptions;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** A real engine on a data folder with a settable clock, and helpers to place concepts and train connections. */
public final class LearningWorld implements AutoCloseable {
    public final AtomicLong now = new AtomicLong(1_700_000_000L);
    public final Engine engine;

    public LearningWorld(Path dataDir) {
        this(dataDir, IntuitionConfig.DEFAULTS);
    }

    public LearningWorld(Path dataDir, IntuitionConfig config) {
        engine = Engine.open(EngineConfig.at(dataDir).withClock(now::get).withMemoryProbe(MemoryProbe.RECORD_ESTIMATE)
                .withIntuition(config));
    }

    /** A labelled token at (x, y, z) in L8 Abstract, the space bootstrap places concepts in. */
    public Token concept(String label, float x, float y, float z) {
        return engine.tokens().create(Token.builder().coordinates(CoordinateSpace.L8_ABSTRACT, x, y, z).build(), label);
    }

    public long connect(Token a, Token b, ConnectionType type) {
        return engine.connections().create(a.id(), b.id(), type.code(), ConnectionOptions.DEFAULTS).id();
    }

    /** A SimilarTo connection confirmed {@code successes} times (confidence 255 after four, evidence = successes). */
    public long confirmed(Token a, Token b, int successes) {
        long id = connect(a, b, ConnectionType.SIMILAR_TO);
        for (int i = 0; i < successes; i++) {
            engine.connections().feedback(id, true);
        }
        return id;
    }

    @Override
    public void close() {
        engine.close();
    }
}

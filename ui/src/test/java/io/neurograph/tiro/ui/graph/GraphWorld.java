package io.neurograph.tiro.ui.graph;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.store.ConnectionRequest;
import io.neurograph.engine.store.ConnectionUpdate;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A small in-memory engine for the Graph tests: alpha – beta (AssociatedWith, confidence 200/255, pull 0.5),
 * beta – gamma (Cause, 100/255), beta – delta (AssociatedWith, 50/255), gamma – epsilon (AssociatedWith), and
 * optionally a hub with many leaves.
 */
final class GraphWorld implements AutoCloseable {
    final Engine engine = Engine.open(EngineConfig.inMemory());
    final long alpha = token("alpha");
    final long beta = token("beta");
    final long gamma = token("gamma");
    final long delta = token("delta");
    final long epsilon = token("epsilon");
    final long alphaBeta;
    final long betaGamma;
    final long betaDelta;

    GraphWorld() {
        engine.connections().createAll(List.of(
                new ConnectionRequest(alpha, beta, ConnectionType.ASSOCIATED_WITH.code(), 200),
                new ConnectionRequest(beta, gamma, ConnectionType.CAUSE.code(), 100),
                new ConnectionRequest(beta, delta, ConnectionType.ASSOCIATED_WITH.code(), 50),
                new ConnectionRequest(gamma, epsilon, ConnectionType.ASSOCIATED_WITH.code(), 150)));
        alphaBeta = engine.connections().between(alpha, beta).getFirst().id();
        engine.connections().update(alphaBeta, new ConnectionUpdate(null, 0.5f, null, null, null, null, null));
        betaGamma = engine.connections().between(beta, gamma).getFirst().id();
        betaDelta = engine.connections().between(beta, delta).getFirst().id();
    }

    /** A token labelled {@code hub} with {@code leaves} leaf tokens, each connected to it. */
    long hub(int leaves) {
        List<Token> templates = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= leaves; i++) {
            templates.add(template(i));
            labels.add(i == 0 ? "hub" : "leaf" + i);
        }
        long[] ids = engine.tokens().createAll(templates, labels);
        List<ConnectionRequest> requests = new ArrayList<>();
        for (int i = 1; i < ids.length; i++) {
            requests.add(new ConnectionRequest(ids[0], ids[i], ConnectionType.ASSOCIATED_WITH.code(), 100 + i % 100));
        }
        engine.connections().createAll(requests);
        return ids[0];
    }

    /** A token labelled {@code root} with {@code leaves} leaves, each with {@code perLeaf} leaves of its own. */
    long tree(int leaves, int perLeaf) {
        List<Token> templates = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= leaves * (perLeaf + 1); i++) {
            templates.add(template(i));
            labels.add(i == 0 ? "root" : "node" + i);
        }
        long[] ids = engine.tokens().createAll(templates, labels);
        List<ConnectionRequest> requests = new ArrayList<>();
        for (int leaf = 1; leaf <= leaves; leaf++) {
            requests.add(new ConnectionRequest(ids[0], ids[leaf], ConnectionType.ASSOCIATED_WITH.code(), 200));
            for (int j = 0; j < perLeaf; j++) {
                int child = leaves + (leaf - 1) * perLeaf + j + 1;
                requests.add(new ConnectionRequest(ids[leaf], ids[child], ConnectionType.ASSOCIATED_WITH.code(), 200));
            }
        }
        engine.connections().createAll(requests);
        return ids[0];
    }

    private long token(String label) {
        return engine.tokens().create(template(label.length()), label).id();
    }

    private static Token template(int i) {
        return Token.builder().coordinates(CoordinateSpace.L8_ABSTRACT, i % 10 / 10f, 0.1f, 0.2f).build();
    }

    @Override
    public void close() {
        engine.close();
    }
}

package io.neurograph.tiro.ui.graph;

import io.neurograph.engine.Engine;
import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.graph.ActivatedNode;
import io.neurograph.engine.graph.ActivationResult;
import io.neurograph.engine.graph.Path;
import io.neurograph.engine.graph.SignalConfig;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.token.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine queries behind the neighbourhood view, answering plain data. Every method blocks and must run
 * through the feature's executor, never on the FX thread.
 */
final class NeighbourhoodSource {
    /** Energy given to the source token of a spreading activation, as {@code tiro graph activate} does. */
    static final float SOURCE_ENERGY = 1f;

    private final Engine engine;

    NeighbourhoodSource(Engine engine) {
        this.engine = engine;
    }

    /** Tokens and connections to add to the view; {@code omitted} neighbours were left out by the cap. */
    record Loaded(List<GraphNode> nodes, List<GraphEdge> edges, int omitted) {
    }

    record PathFound(Loaded loaded, List<Long> nodes, List<Long> edges) {
    }

    record Activation(Loaded loaded, Map<Long, Float> energies, int activated) {
    }

    record TokenDetails(Token token, String label, int connections) {
    }

    record ConnectionDetails(ConnectionEntry entry, GraphNode tokenA, GraphNode tokenB) {
    }

    /** A token id, or else an exact label. */
    Optional<Long> resolve(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.chars().allMatch(Character::isDigit) && t.length() <= 10) {
            long id = Long.parseLong(t);
            if (engine.tokens().get(id).isPresent()) {
                return Optional.of(id);
            }
        }
        return engine.tokens().findByLabel(t).map(Token::id);
    }

    GraphNode node(long id) {
        return new GraphNode(id, engine.tokens().label(id).orElse(null));
    }

    /** {@code root} and its most confident neighbours, {@code maxNodes} tokens in all. */
    Loaded neighbourhood(long root, int maxNodes) {
        engine.tokens().require(root);
        return around(root, Set.of(), maxNodes - 1, true);
    }

    /** Up to {@code maxNew} neighbours of {@code node} not yet {@code visible}, most confident first. */
    Loaded expansion(long node, Set<Long> visible, int maxNew) {
        return around(node, visible, maxNew, false);
    }

    /** The fewest-hops path between two tokens, or empty when they are not connected. */
    Optional<PathFound> path(long from, long to, Set<Long> visible) {
        engine.tokens().require(from);
        engine.tokens().require(to);
        return engine.graph().shortestPath(from, to).map((Path p) -> {
            List<Long> added = p.nodes().stream().filter(id -> !visible.contains(id)).toList();
            return new PathFound(load(added, visible, 0), p.nodes(), p.edges());
        });
    }

    /** Spreads {@link #SOURCE_ENERGY} from {@code source} and brings up to {@code maxNew} activated tokens in. */
    Activation activation(long source, Set<Long> visible, int maxNew) {
        engine.tokens().require(source);
        ActivationResult result = engine.graph().spreadingActivation(source, SOURCE_ENERGY, SignalConfig.DEFAULTS);
        Map<Long, Float> energies = new HashMap<>();
        energies.put(source, SOURCE_ENERGY);
        List<Long> added = new ArrayList<>();
        for (ActivatedNode n : result.activated()) { // strongest first
            energies.put(n.node(), n.energy());
            if (!visible.contains(n.node()) && added.size() < maxNew) {
                added.add(n.node());
            }
        }
        int omitted = (int) result.activated().stream().filter(n -> !visible.contains(n.node())).count() - added.size();
        return new Activation(load(added, visible, omitted), energies, result.activated().size());
    }

    TokenDetails token(long id) {
        Token token = engine.tokens().require(id);
        return new TokenDetails(token, engine.tokens().label(id).orElse(null), engine.connections().of(id).length);
    }

    ConnectionDetails connection(long id) {
        ConnectionEntry entry = engine.connections().require(id);
        return new ConnectionDetails(entry, node(entry.connection().tokenA()), node(entry.connection().tokenB()));
    }

    /** Records a use of the connection. */
    GraphEdge activate(long connection) {
        return edge(engine.connections().activate(connection));
    }

    GraphEdge feedback(long connection, boolean success) {
        return edge(engine.connections().feedback(connection, success));
    }

    static GraphEdge edge(ConnectionEntry entry) {
        Connection c = entry.connection();
        return new GraphEdge(entry.id(), c.tokenA(), c.tokenB(), c.type(), c.confidence() / 255.0, c.pullStrength());
    }

    private Loaded around(long centre, Set<Long> visible, int maxNew, boolean includeCentre) {
        Map<Long, Double> bestConfidence = new LinkedHashMap<>();
        for (long id : engine.connections().of(centre)) {
            engine.connections().get(id).ifPresent(entry -> {
                GraphEdge e = edge(entry);
                long other = e.other(centre);
                if (other != centre && !visible.contains(other)) {
                    bestConfidence.merge(other, e.confidence(), Math::max);
                }
            });
        }
        List<Long> added = new ArrayList<>();
        if (includeCentre) {
            added.add(centre);
        }
        bestConfidence.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, maxNew))
                .forEach(entry -> added.add(entry.getKey()));
        int omitted = bestConfidence.size() - (added.size() - (includeCentre ? 1 : 0));
        return load(added, visible, omitted);
    }

    /** The {@code added} tokens and every connection among them and the visible ones that touches one of them. */
    private Loaded load(List<Long> added, Set<Long> visible, int omitted) {
        Set<Long> all = new HashSet<>(visible);
        all.addAll(added);
        all.removeIf(id -> !engine.graph().containsNode(id)); // deleted since it was shown
        Set<Long> fresh = Set.copyOf(added);
        List<GraphEdge> edges = engine.graph().inducedSubgraph(all).edges().stream().sorted()
                .flatMap(id -> engine.connections().get(id).stream())
                .map(NeighbourhoodSource::edge)
                .filter(e -> fresh.contains(e.tokenA()) || fresh.contains(e.tokenB()))
                .toList();
        return new Loaded(added.stream().map(this::node).toList(), edges, omitted);
    }
}

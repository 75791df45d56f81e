package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.graph.ActivationResult;
import io.neurograph.engine.graph.Path;
import io.neurograph.engine.graph.SignalConfig;
import io.neurograph.engine.graph.Subgraph;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "graph", description = "Paths, neighbourhoods and spreading activation over connections.",
        subcommands = {GraphCommands.PathCommand.class, GraphCommands.Activate.class, GraphCommands.Neighborhood.class})
final class GraphCommands {

    @Command(name = "path", description = "Shortest path between two tokens (fewest hops, or --weighted).")
    static final class PathCommand extends EngineCommand {
        @Parameters(index = "0", paramLabel = "A", description = "The id of the token to start from.")
        long a;

        @Parameters(index = "1", paramLabel = "B", description = "The id of the token to reach.")
        long b;

        @Option(names = "--weighted", description = "Dijkstra with cost 1/weight (weight = confidence).")
        boolean weighted;

        PathCommand(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            engine.tokens().require(a);
            engine.tokens().require(b);
            Optional<Path> path = weighted ? engine.graph().dijkstra(a, b) : engine.graph().shortestPath(a, b);
            if (path.isEmpty()) {
                throw new IllegalStateException("No path from token " + a + " to token " + b);
            }
            Path p = path.get();
            out.result(p, String.format("%s%n%d hops, cost %.4f", p.nodes().stream().map(String::valueOf)
                    .collect(Collectors.joining(" → ")), p.length(), p.totalCost()));
        }
    }

    @Command(name = "activate", description = "Spread activation energy from a token through its connections.")
    static final class Activate extends IdCommand {
        @Option(names = "--energy", defaultValue = "1.0", description = "Initial energy (default ${DEFAULT-VALUE}).")
        float energy;

        @Option(names = "--depth", defaultValue = "5", description = "Maximum depth (default ${DEFAULT-VALUE}).")
        int depth;

        @Override
        protected void checkOptions() {
            if (!Float.isFinite(energy) || energy < 0) {
                throw usage("--energy must be a finite number ≥ 0, got " + energy);
            }
            if (depth < 1) {
                throw usage("--depth must be at least 1, got " + depth);
            }
        }

        Activate(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            engine.tokens().require(id);
            ActivationResult r = engine.graph().spreadingActivation(id, energy, SignalConfig.DEFAULTS.withMaxDepth(depth));
            StringBuilder sb = new StringBuilder();
            r.activated().forEach(n -> sb.append(String.format("%8d  energy %.4f  depth %d%n", n.node(), n.energy(),
                    n.depth())));
            sb.append(String.format("%d activated, %d visited, max depth %d", r.activated().size(), r.nodesVisited(),
                    r.maxDepthReached()));
            out.result(r, sb.toString());
        }
    }

    @Command(name = "neighborhood", description = "Tokens and connections within K hops of a token.")
    static final class Neighborhood extends IdCommand {
        @Option(names = "--hops", defaultValue = "1", description = "Hops (default ${DEFAULT-VALUE}).")
        int hops;

        @Override
        protected void checkOptions() {
            if (hops < 0) {
                throw usage("--hops must not be negative, got " + hops);
            }
        }

        Neighborhood(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            engine.tokens().require(id);
            Subgraph g = engine.graph().neighborhood(id, hops);
            out.result(Map.of("nodes", g.nodes().stream().sorted().toList(), "edges", g.edges().stream().sorted().toList()),
                    String.format("Nodes: %s%nConnections: %s", g.nodes().stream().sorted().toList(),
                            g.edges().stream().sorted().toList()));
        }
    }
}

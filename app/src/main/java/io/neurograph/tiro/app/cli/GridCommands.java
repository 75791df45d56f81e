package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.grid.Neighbor;
import io.neurograph.engine.token.CoordinateSpace;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "grid", description = "Spatial queries in one coordinate space.",
        subcommands = {GridCommands.Neighbors.class, GridCommands.Range.class, GridCommands.Influence.class,
            GridCommands.Density.class})
final class GridCommands {

    static String table(List<Neighbor> hits) {
        StringBuilder sb = new StringBuilder();
        hits.forEach(n -> sb.append(String.format("%8d  distance %.4f%n", n.id(), n.distance())));
        return sb.append(hits.size()).append(hits.size() == 1 ? " token" : " tokens").toString();
    }

    /** The space, point and radius every point query takes. */
    abstract static class PointQuery extends EngineCommand {
        @Option(names = "--space", required = true, converter = Converters.Space.class, description = "L1 … L8")
        CoordinateSpace space;

        @Option(names = "--xyz", required = true, converter = Coordinates.Converter.class, description = "X,Y,Z")
        Coordinates xyz;

        @Option(names = "--radius", required = true, description = "Search radius in the space's units (≥ 0).")
        float radius;

        @Override
        protected void checkOptions() {
            if (!Float.isFinite(radius) || radius < 0) {
                throw usage("--radius must be a finite number ≥ 0, got " + radius);
            }
        }

        PointQuery(CliSession session) {
            super(session);
        }
    }

    @Command(name = "neighbors", description = "Nearest tokens around a token, nearest first.")
    static final class Neighbors extends IdCommand {
        @Option(names = "--space", required = true, converter = Converters.Space.class, description = "L1 … L8")
        CoordinateSpace space;

        @Option(names = "--radius", required = true, description = "Search radius in the space's units (≥ 0).")
        float radius;

        @Option(names = "--max", defaultValue = "10", description = "At most this many (default ${DEFAULT-VALUE}).")
        int max;

        @Override
        protected void checkOptions() {
            if (!Float.isFinite(radius) || radius < 0) {
                throw usage("--radius must be a finite number ≥ 0, got " + radius);
            }
            if (max < 1) {
                throw usage("--max must be at least 1, got " + max);
            }
        }

        Neighbors(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            engine.tokens().require(id);
            List<Neighbor> hits = engine.grid().neighbors(id, space, radius, max);
            out.result(hits, table(hits));
        }
    }

    @Command(name = "range", description = "Tokens within a radius of a point, nearest first.")
    static final class Range extends PointQuery {
        Range(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            List<Neighbor> hits = engine.grid().range(space, xyz.x(), xyz.y(), xyz.z(), radius);
            out.result(hits, table(hits));
        }
    }

    @Command(name = "influence", description = "Summed field influence of the tokens around a point.")
    static final class Influence extends PointQuery {
        Influence(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            float v = engine.grid().fieldInfluence(space, xyz.x(), xyz.y(), xyz.z(), radius);
            out.result(Map.of("influence", v), String.format("Field influence %.6f", v));
        }
    }

    @Command(name = "density", description = "Tokens per unit volume in a sphere around a point.")
    static final class Density extends PointQuery {
        Density(CliSession session) {
            super(session);
        }

        @Override
        protected void checkOptions() {
            if (!Float.isFinite(radius) || radius <= 0) {
                throw usage("--radius must be a finite number > 0 for a density, got " + radius);
            }
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            float v = engine.grid().density(space, xyz.x(), xyz.y(), xyz.z(), radius);
            out.result(Map.of("density", v), String.format("Density %.6f tokens per unit³", v));
        }
    }
}

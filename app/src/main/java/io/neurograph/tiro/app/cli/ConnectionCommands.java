package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.store.ConnectionOptions;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "connection", description = "Create, inspect and teach connections between tokens.",
        subcommands = {ConnectionCommands.Create.class, ConnectionCommands.Get.class, ConnectionCommands.ListAll.class,
            ConnectionCommands.Delete.class, ConnectionCommands.Activate.class, ConnectionCommands.Feedback.class})
final class ConnectionCommands {

    @Command(name = "create", description = "Connect two tokens.")
    static final class Create extends EngineCommand {
        @Parameters(index = "0", paramLabel = "A", description = "The id of the first token.")
        long a;

        @Parameters(index = "1", paramLabel = "B", description = "The id of the second token.")
        long b;

        @Option(names = "--type", defaultValue = "AssociatedWith", converter = Converters.Type.class,
                description = "Type name (SimilarTo, Cause, …) or code 0xNN (default ${DEFAULT-VALUE}).")
        ConnectionType type;

        @Option(names = "--pull", description = "Pull strength (checked against the CDNA connection weight limits).")
        Float pull;

        @Option(names = "--distance", description = "Preferred distance, 0.01 … 100.")
        Float distance;

        @Option(names = "--rigidity", description = "Rigidity 0 … 1.")
        Float rigidity;

        @Option(names = "--bidirectional", description = "Traversable in both directions.")
        boolean bidirectional;

        Create(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            var options = new ConnectionOptions(pull, distance, rigidity,
                    bidirectional ? ConnectionFlags.BIDIRECTIONAL : null);
            ConnectionView v = ConnectionView.of(engine.connections().create(a, b, type.code(), options));
            out.result(v, "Created connection " + v.id() + "\n" + v.block());
        }
    }

    @Command(name = "get", description = "Show one connection.")
    static final class Get extends IdCommand.OfConnection {
        Get(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            ConnectionView v = ConnectionView.of(engine.connections().require(id));
            out.result(v, v.block());
        }
    }

    @Command(name = "list", description = "List connections in id order, or those of one token.")
    static final class ListAll extends EngineCommand {
        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
        long offset;

        @Option(names = "--token", description = "Only the connections of this token.")
        Long token;

        @Override
        protected void checkOptions() {
            if (limit < 0 || offset < 0) {
                throw usage("--limit and --offset must not be negative");
            }
        }

        ListAll(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            List<ConnectionEntry> entries;
            if (token != null) {
                engine.tokens().require(token);
                entries = java.util.Arrays.stream(engine.connections().of(token)).skip(offset).limit(limit)
                        .mapToObj(engine.connections()::require).toList();
            } else {
                entries = engine.connections().list(limit, offset);
            }
            List<ConnectionView> views = entries.stream().map(ConnectionView::of).toList();
            StringBuilder sb = new StringBuilder();
            views.forEach(v -> sb.append(v.line()).append('\n'));
            sb.append(String.format("%d of %d connections", views.size(), engine.connections().count()));
            out.result(views, sb.toString());
        }
    }

    @Command(name = "delete", description = "Delete a connection.")
    static final class Delete extends IdCommand.OfConnection {
        Delete(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            engine.connections().delete(id);
            out.result(Map.of("deleted", id), "Deleted connection " + id);
        }
    }

    @Command(name = "activate", description = "Record a use of a connection.")
    static final class Activate extends IdCommand.OfConnection {
        Activate(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            ConnectionView v = ConnectionView.of(engine.connections().activate(id));
            out.result(v, "Activated connection " + id + " (" + v.activations() + " activations)");
        }
    }

    @Command(name = "feedback", description = "Tell a connection it was right (--success) or wrong (--failure).")
    static final class Feedback extends IdCommand.OfConnection {
        @ArgGroup(multiplicity = "1")
        Outcome outcome;

        static final class Outcome {
            @Option(names = "--success", required = true, description = "The connection was right.")
            boolean success;

            @Option(names = "--failure", required = true, description = "The connection was wrong.")
            boolean failure;
        }

        Feedback(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            ConnectionView v = ConnectionView.of(engine.connections().feedback(id, outcome.success));
            out.result(v, String.format("Connection %d confidence is now %.3f", id, v.confidence()));
        }
    }
}

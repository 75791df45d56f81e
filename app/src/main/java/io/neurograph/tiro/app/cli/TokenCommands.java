package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.IdRange;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.LittleEndian;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "token", description = "Create, read, update and delete tokens.",
        subcommands = {TokenCommands.Create.class, TokenCommands.Get.class, TokenCommands.ListTokens.class,
            TokenCommands.Update.class, TokenCommands.Delete.class, TokenCommands.Count.class,
            TokenCommands.Clear.class})
final class TokenCommands {

    static TokenView view(Engine engine, Token t) {
        return TokenView.of(t, engine.tokens().label(t.id()).orElse(null));
    }

    @Command(name = "create", description = "Create a token (or --count N tokens in committed batches).")
    static final class Create extends EngineCommand {
        @Mixin
        TokenFields fields;

        @Option(names = "--count", description = "Create N tokens from the same fields, committed in batches.")
        Integer count;

        @Option(names = "--batch-size", defaultValue = "10000", description = "Tokens per committed batch (default ${DEFAULT-VALUE}).")
        int batchSize;

        @Spec
        CommandSpec spec;

        Create(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            Token template = fields.template();
            if (count == null) {
                Token t = engine.tokens().create(template, fields.label);
                out.result(view(engine, t), "Created token " + t.id());
                return;
            }
            if (count < 1) {
                throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
            }
            if (fields.label != null) {
                throw new ParameterException(spec.commandLine(), "--label cannot be combined with --count: labels are unique");
            }
            if (batchSize < 1) {
                throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, got " + batchSize);
            }
            long started = System.nanoTime();
            IdRange ids = engine.tokens().createMany(count, template, batchSize,
                    lastId -> out.progress("committed up to token " + lastId));
            double seconds = (System.nanoTime() - started) / 1e9;
            out.result(ids, String.format("Created %d tokens (ids %d … %d) in %.2f s", ids.count(), ids.first(),
                    ids.last(), seconds));
        }
    }

    @Command(name = "get", description = "Show one token.")
    static final class Get extends IdCommand {
        @Option(names = "--raw", description = "Print the 64-byte record as 128 hex characters.")
        boolean raw;

        Get(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            Token t = engine.tokens().require(id);
            if (raw) {
                String hex = LittleEndian.hex(t.toBytes());
                out.result(Map.of("id", id, "raw", hex), hex);
            } else {
                TokenView v = view(engine, t);
                out.result(v, v.block());
            }
        }
    }

    @Command(name = "list", description = "List tokens in id order.")
    static final class ListTokens extends EngineCommand {
        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
        long offset;

        @Spec
        CommandSpec spec;

        ListTokens(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            if (limit < 0 || offset < 0) {
                throw new ParameterException(spec.commandLine(), "--limit and --offset must not be negative");
            }
            List<TokenView> views = engine.tokens().list(limit, offset).stream().map(t -> view(engine, t)).toList();
            StringBuilder sb = new StringBuilder(String.format("%8s  %-20s %-10s %s%n", "ID", "LABEL", "TYPE", "WEIGHT"));
            views.forEach(v -> sb.append(v.line()).append('\n'));
            sb.append(String.format("%d of %d tokens", views.size(), engine.tokens().count()));
            out.result(views, sb.toString());
        }
    }

    @Command(name = "update", description = "Change some fields of a token; others stay as they are.")
    static final class Update extends IdCommand {
        @Mixin
        TokenFields fields;

        Update(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            Token t = engine.tokens().update(id, fields.update());
            TokenView v = view(engine, t);
            out.result(v, "Updated token " + id + "\n" + v.block());
        }
    }

    @Command(name = "delete", description = "Delete a token and its connections.")
    static final class Delete extends IdCommand {
        Delete(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            engine.tokens().delete(id);
            out.result(Map.of("deleted", id), "Deleted token " + id);
        }
    }

    @Command(name = "count", description = "Number of tokens.")
    static final class Count extends EngineCommand {
        Count(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            long n = engine.tokens().count();
            out.result(Map.of("count", n), Long.toString(n));
        }
    }

    @Command(name = "clear", description = "Delete every token and connection.")
    static final class Clear extends EngineCommand {
        @Option(names = "--yes", description = "Confirm: this cannot be undone.")
        boolean yes;

        @Spec
        CommandSpec spec;

        Clear(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            if (!yes) {
                throw new ParameterException(spec.commandLine(), "token clear deletes every token: add --yes to confirm");
            }
            long n = engine.tokens().clear();
            out.result(Map.of("deleted", n), "Deleted " + n + " tokens");
        }
    }
}

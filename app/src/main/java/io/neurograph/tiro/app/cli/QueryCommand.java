package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.ModelRuntimes;
import io.neurograph.engine.ModelSettings;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.RecordedBootstrap;
import io.neurograph.engine.embed.LazySentenceEmbedder;
import io.neurograph.engine.embed.ModelIdentity;
import io.neurograph.engine.embed.SentenceModel;
import io.neurograph.engine.query.PathStep;
import io.neurograph.engine.query.QueryAnswer;
import io.neurograph.engine.query.QueryAnswerJson;
import io.neurograph.engine.query.QueryHit;
import io.neurograph.engine.query.SemanticQuery;
import io.neurograph.engine.query.SemanticSpace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = {"Find the concepts nearest to a word or a sentence.",
    "The nearest by vector similarity are re-ranked by spreading activation through their connections. Prints an "
        + "id for `tiro feedback`."})
final class QueryCommand extends EngineCommand {
    @Parameters(index = "0", paramLabel = "TEXT", description = "A word or a sentence (quote it).")
    String text;

    @Option(names = "--k", defaultValue = "10", paramLabel = "N",
            description = "Results to show, 1 … " + SemanticQuery.MAX_K + ". Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--model", paramLabel = "MODEL", description = "The sentence model that embeds TEXT when the "
            + "concepts came from `bootstrap --default`: an .onnx (converted into the data folder on first use) or "
            + ".cgraph file with its tokenizer.json beside it. Use the model the concepts were bootstrapped with. "
            + "Default: the bundled all-MiniLM-L6-v2 (in the app's Terminal: the model chosen in Settings).")
    Path model;

    @Option(names = "--explain", description = "Show where each result came from: its rank by vector similarity "
            + "and the connections that carried activation to it.")
    boolean explain;

    QueryCommand(CliSession session) {
        super(session);
    }

    @Override
    protected void checkOptions() {
        if (k < 1 || k > SemanticQuery.MAX_K) {
            throw usage("--k must be 1 … " + SemanticQuery.MAX_K + ", got " + k);
        }
        if (model != null) {
            SentenceModel.check(model);   // also when this query needs no sentence model: a wrong path is a mistake
        }
    }

    @Override
    protected void run(Engine engine, CliOutput out) throws Exception {
        Path dataDir = engine.config().dataDir();
        JobProgressPrinter progress = new JobProgressPrinter(out);
        ModelRuntimes models = engine.models();
        ModelSettings settings = model == null ? models.settings()
                : models.settings().withSentenceModel(Optional.of(model));
        Optional<ModelIdentity> concepts = BootstrapJob.recorded(dataDir).flatMap(RecordedBootstrap::model);
        try (LazySentenceEmbedder<ModelSettings> sentences = new LazySentenceEmbedder<>(() -> settings, s -> {
                 concepts.ifPresent(c -> warnIfOtherModel(c, SentenceModel.identity(s.sentenceModel()), out));
                 return models.openSentenceEmbedder(s, progress::progress);
             });
             SemanticSpace space = SemanticSpace.open(dataDir,
                     BootstrapJob.madeByDefaultModel(dataDir) ? sentences : null, settings.threads(), progress)) {
            QueryAnswer answer = new SemanticQuery(engine, space).ask(text, k);
            out.jsonOrText(QueryAnswerJson.write(answer), text(engine, answer, explain));
        }
    }

    /** Vectors of two models do not share a space: the answer would be noise, so the user is told once. */
    private static void warnIfOtherModel(ModelIdentity concepts, ModelIdentity used, CliOutput out) {
        if (!concepts.sameModel(used)) {
            out.progress("warning: the concepts were embedded by the sentence model " + concepts.describe()
                    + ", this query by " + used.describe() + "; their vectors do not compare, so use --model with"
                    + " the model the data folder was bootstrapped with");
        }
    }

    static String text(Engine engine, QueryAnswer a, boolean explain) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Query %s \"%s\" (%s, %.1f ms)",
                a.id(), a.text(), a.source().name().toLowerCase(Locale.ROOT).replace('_', ' '), a.micros() / 1000.0));
        if (!a.unknownWords().isEmpty()) {
            b.append("\n  not in the vocabulary, ignored: ").append(String.join(", ", a.unknownWords()));
        }
        if (a.hits().isEmpty()) {
            b.append("\n  no concepts found");
        }
        int width = a.hits().stream().mapToInt(h -> h.label().length()).max().orElse(4);
        for (QueryHit h : a.hits()) {
            b.append(String.format(Locale.ROOT, "%n%3d  %-" + width + "s  score %.3f  similarity %.3f  L8 %.3f",
                    h.rank(), h.label(), h.score(), h.similarity(), h.l8Distance()));
            if (explain) {
                b.append("\n       ").append(h.vectorRank() > 0 ? "nearest #" + h.vectorRank() + " by cosine"
                        : "reached through connections only");
                if (h.activation() > 0) {
                    b.append(String.format(Locale.ROOT, "; activation %.3f via ", h.activation()));
                    b.append(path(engine, h));
                }
            }
        }
        b.append("\nRate a result: tiro feedback ").append(a.id()).append(" RANK|WORD --positive|--negative");
        return b.toString();
    }

    private static String path(Engine engine, QueryHit h) {
        if (h.path().isEmpty()) {
            return "(no connection)";
        }
        StringBuilder b = new StringBuilder(label(engine, h.path().getFirst().from()));
        for (PathStep s : h.path()) {
            b.append(String.format(Locale.ROOT, " —%s %.2f→ %s", s.type(), s.confidence(), label(engine, s.to())));
        }
        return b.toString();
    }

    static String label(Engine engine, long tokenId) {
        return engine.tokens().label(tokenId).orElse("#" + tokenId);
    }
}

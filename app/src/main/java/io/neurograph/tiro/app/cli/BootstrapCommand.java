package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.ModelRuntimes;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.BootstrapOptions;
import io.neurograph.engine.bootstrap.BootstrapReport;
import io.neurograph.engine.bootstrap.DefaultVocabulary;
import io.neurograph.engine.bootstrap.read.BadLine;
import io.neurograph.engine.embed.SentenceModel;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorEncoding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bootstrap", subcommands = BootstrapInspectCommand.class, description = {
    "Turn word vectors into concepts linked to their nearest words.",
    "Every word becomes a labelled token, its full vector is kept in a memory-mapped file, a PCA places it in "
        + "L8 Abstract and SimilarTo connections link it to its k nearest words.",
    "FILE is GloVe, word2vec (text or binary) or fastText .vec; --default uses the vocabulary of the sentence "
        + "model embedded by that model: the bundled one (built in, offline) or the --model given.",
    "Work is committed in checkpoints: after Ctrl-C or a crash, run the same command again to resume."})
final class BootstrapCommand extends EngineCommand {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The embedding file.")
    Path file;

    @Option(names = "--default", description = "Bootstrap the built-in vocabulary (about 20 000 English words).")
    boolean defaultVocabulary;

    @Option(names = "--model", paramLabel = "MODEL", description = "With --default: the sentence model whose "
            + "vocabulary is embedded, an .onnx (converted into the data folder on first use) or .cgraph file with "
            + "its tokenizer.json beside it. Default: the bundled all-MiniLM-L6-v2 (in the app's Terminal: the model "
            + "chosen in Settings). Query with the same model.")
    Path model;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Import at most N words (0 = all). Default: ${DEFAULT-VALUE}.")
    long limit;

    @Option(names = "--k", paramLabel = "K", defaultValue = "10",
            description = "Nearest neighbours to connect per word, 1 … " + BootstrapOptions.MAX_K
                    + ". Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--skip-bad", description = "Skip malformed lines (they are counted and listed) instead of "
            + "stopping at the first one.")
    boolean skipBad;

    @Option(names = "--int8", description = "Store vectors as int8 with a per-vector scale (4× smaller, "
            + "slightly less exact).")
    boolean int8;

    @Option(names = "--index", paramLabel = "MODE", defaultValue = "auto",
            description = "Nearest-neighbour index: auto (exact below 50 000 words, else HNSW), exact or hnsw. "
                    + "Default: ${DEFAULT-VALUE}.")
    IndexMode index;

    @Option(names = "--restart", description = "Forget an unfinished or finished bootstrap in this data folder "
            + "and start over: its files and the SimilarTo connections it wove are removed, its concepts stay.")
    boolean restart;

    BootstrapCommand(CliSession session) {
        super(session);
    }

    @Override
    protected void checkOptions() {
        if ((file == null) == !defaultVocabulary) {
            throw new ParameterException(spec.commandLine(), "Give either FILE or --default");
        }
        if (model != null && !defaultVocabulary) {
            throw usage("--model goes with --default (an embedding file brings its own vectors)");
        }
        if (model != null) {
            SentenceModel.check(model);   // before the data folder is opened, so a mistyped path leaves no trace
        }
        if (limit < 0) {
            throw usage("--limit must be at least 0 (0 = all words), got " + limit);
        }
        if (k < 1 || k > BootstrapOptions.MAX_K) {
            throw usage("--k must be 1 … " + BootstrapOptions.MAX_K + ", got " + k);
        }
    }

    @Override
    protected void run(Engine engine, CliOutput out) throws Exception {
        BootstrapOptions options = new BootstrapOptions(limit, k, skipBad,
                int8 ? VectorEncoding.INT8 : VectorEncoding.FLOAT32, index, BootstrapOptions.DEFAULTS.checkpointEvery(),
                restart);
        Path dataDir = engine.config().dataDir();
        JobProgressPrinter progress = new JobProgressPrinter(out);
        BootstrapReport report;
        try (CancelOnInterrupt ignored = new CancelOnInterrupt(progress, out)) {
            if (defaultVocabulary) {
                ModelRuntimes models = engine.models();
                SentenceModel.ModelFiles files = models.prepareSentenceModel(
                        model == null ? models.settings().sentenceModel() : Optional.of(model), progress::progress);
                report = BootstrapJob.run(engine, dataDir,
                        DefaultVocabulary.source(files.model(), files.tokenizer(), models::open), options, progress);
            } else {
                report = BootstrapJob.run(engine, dataDir, file, options, progress);
            }
        }
        out.result(report, text(report));
    }

    static String text(BootstrapReport r) {
        StringBuilder b = new StringBuilder();
        b.append(r.alreadyBootstrapped() ? "Already bootstrapped (nothing to do; --restart to redo): "
                : "Bootstrapped: ").append(r.source());
        b.append(String.format(Locale.ROOT, "%n  words        %,d (%d-d, %s, %s)", r.wordsImported(), r.dimension(),
                r.encoding().name().toLowerCase(Locale.ROOT), ByteSizes.human(r.vectorFileBytes())));
        b.append(String.format(Locale.ROOT, "%n  tokens       %,d new, %,d existing labels reused; %,d duplicates;"
                + " %,d bad lines skipped", r.tokensCreated(), r.existingTokens(), r.duplicates(), r.skippedLines()));
        b.append(String.format(Locale.ROOT, "%n  connections  %,d SimilarTo made, %,d pairs already linked",
                r.connectionsCreated(), r.connectionsSkipped()));
        double[] ratio = r.explainedVarianceRatio();
        b.append(String.format(Locale.ROOT, "%n  PCA          explained variance %s = %.1f %% (L8 x, y, z)",
                Arrays.stream(ratio).mapToObj(v -> String.format(Locale.ROOT, "%.1f %%", 100 * v))
                        .collect(Collectors.joining(" + ")), 100 * Arrays.stream(ratio).sum()));
        b.append("\n  index        ").append(r.index());
        b.append("\n  time         ").append(times(r.phaseTimes())).append(" (total ")
                .append(clock(r.totalTime())).append(')');
        for (BadLine bad : r.badLines().subList(0, Math.min(10, r.badLines().size()))) {
            b.append("\n  skipped line ").append(bad.line()).append(": ").append(bad.problem());
        }
        if (r.badLines().size() > 10) {
            b.append("\n  … ").append(r.skippedLines() - 10).append(" more (all listed with --json)");
        }
        return b.toString();
    }

    private static String times(Map<String, Duration> phases) {
        return phases.entrySet().stream().map(e -> e.getKey() + " " + clock(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String clock(Duration d) {
        long ms = d.toMillis();
        return ms < 60_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0)
                : String.format(Locale.ROOT, "%d:%02d", ms / 60_000, ms / 1000 % 60);
    }
}

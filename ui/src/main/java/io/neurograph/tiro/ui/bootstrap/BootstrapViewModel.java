package io.neurograph.tiro.ui.bootstrap;

import io.neurograph.engine.Engine;
import io.neurograph.engine.ModelRuntimes;
import io.neurograph.engine.bootstrap.BootstrapEstimate;
import io.neurograph.engine.bootstrap.BootstrapException;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.BootstrapOptions;
import io.neurograph.engine.bootstrap.BootstrapReport;
import io.neurograph.engine.bootstrap.DefaultVocabulary;
import io.neurograph.engine.bootstrap.EmbeddingFileSource;
import io.neurograph.engine.bootstrap.RecordedBootstrap;
import io.neurograph.engine.bootstrap.RecordSource;
import io.neurograph.engine.bootstrap.SourceIdentity;
import io.neurograph.engine.bootstrap.UnfinishedBootstrap;
import io.neurograph.engine.bootstrap.read.EmbeddingProfile;
import io.neurograph.engine.bootstrap.read.EmbeddingSniffer;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.ModelConverter;
import io.neurograph.engine.capsule.convert.ModelFormat;
import io.neurograph.engine.capsule.convert.ModelInspector;
import io.neurograph.engine.capsule.convert.ModelSummary;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.FidelityCheck;
import io.neurograph.engine.embed.SentenceModel;
import io.neurograph.engine.vector.VectorEncoding;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Bootstrap tab: a dropped or chosen file is sniffed off the FX thread and its facts (with the estimate
 * for the chosen options) shown; Start runs a bootstrap (one per data folder at a time: the engine's
 * {@code job.json} belongs to one job) or a model conversion (any number alongside) as a {@link JobTask}.
 * An unfinished bootstrap found at start is offered for resume. The job the data folder already records is
 * checked before Start (the engine refuses another source or other options unless it starts over, and only
 * reports a finished one), so the facts say what Start will do and a refused Start keeps them for a retry.
 */
public final class BootstrapViewModel {
    private static final int MODEL_METADATA_SHOWN = 6;
    private static final int FIDELITY_SAMPLES = 3;

    private final FeatureContext context;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Candidate> candidate = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(BootstrapOptions.DEFAULTS.k());
    private final LongProperty limit = new SimpleLongProperty(0);
    private final BooleanProperty restart = new SimpleBooleanProperty();
    private final ObservableList<JobTask<?>> running = FXCollections.observableArrayList();
    private final ObservableList<FinishedJob> finished = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UnfinishedBootstrap> unfinished = new ReadOnlyObjectWrapper<>();
    /** The bootstrap the data folder's job.json records, finished or not; null if none (or not read yet). */
    private RecordedBootstrap recorded;
    private final ReadOnlyBooleanWrapper bootstrapRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sniffing = new ReadOnlyBooleanWrapper();

    public BootstrapViewModel(FeatureContext context) {
        this.context = context;
        this.messages = context.messages();
        k.addListener((obs, was, now) -> refreshFacts());
        limit.addListener((obs, was, now) -> refreshFacts());
        restart.addListener((obs, was, now) -> refreshFacts());
    }

    /** File-chooser patterns of the accepted files. */
    public static List<String> patterns() {
        return List.of(SourceKind.patterns());
    }

    /**
     * Why the drop zone refuses {@code files}, as the hint it shows while they hover over it; empty when it takes
     * them: one file (the facts and Start are about one source), not a folder, of a kind {@link SourceKind} knows.
     * A folder is told apart by a file-system look-up, so the zone asks as a drag enters it, not on every move.
     */
    public Optional<String> refusal(List<Path> files) {
        if (files.size() > 1) {
            return Optional.of(messages.get("bootstrap.drop.refused.several"));
        }
        if (files.size() == 1 && Files.isDirectory(files.getFirst())) {
            return Optional.of(messages.get("bootstrap.drop.refused.folder"));
        }
        if (files.isEmpty() || SourceKind.of(files.getFirst()).isEmpty()) {
            return Optional.of(messages.get("bootstrap.drop.refused.unsupported"));
        }
        return Optional.empty();
    }

    /** Sniffs a dropped or chosen file (a name typed into the chooser may still be refused, as a drop would be). */
    public void accept(Path path) {
        Optional<String> refused = refusal(List.of(path));
        if (refused.isPresent()) {
            context.notifier().error(messages.get("bootstrap.error.title"), refused.get());
            return;
        }
        SourceKind kind = SourceKind.of(path).orElseThrow();
        sniffing.set(true);
        Path dataDir = context.engine().config().dataDir();
        context.executor().execute(() -> new Sniffed(kind == SourceKind.EMBEDDING
                ? new Candidate.Embedding(EmbeddingSniffer.sniff(path), SourceIdentity.ofFile(EmbeddingFileSource.KIND, path))
                : new Candidate.Model(ModelInspector.inspect(path)), recordedIn(dataDir)), sniffed -> {
                    sniffing.set(false);
                    recorded = sniffed.recorded();
                    candidate.set(sniffed.candidate());
                    refreshFacts();
                }, failure -> {
                    sniffing.set(false);
                    context.notifier().error(messages.get("bootstrap.error.sniff"), failure);
                });
    }

    /** A sniffed source with the job the data folder recorded when it was sniffed (null if none). */
    private record Sniffed(Candidate candidate, RecordedBootstrap recorded) {
    }

    private static RecordedBootstrap recordedIn(Path dataDir) throws java.io.IOException, BootstrapException {
        return dataDir == null ? null : BootstrapJob.recorded(dataDir).orElse(null);
    }

    /**
     * Starts the job of what waits for Start. A bootstrap's facts stay until it succeeds or is cancelled, so a
     * refused one can be retried with "Start over" ticked.
     */
    public void start() {
        switch (candidate.get()) {
            case Candidate.Embedding e -> startBootstrap(e.profile().file(), options(), e);
            case Candidate.Vocabulary v -> startBootstrap(null, options(), v);
            case Candidate.Model m -> {
                startConversion(m.summary().file());
                clearCandidate();
            }
            case null -> { }
        }
    }

    private void clearCandidate() {
        candidate.set(null);
        facts.clear();
        restart.set(false);   // starting over is a one-off choice, never carried to the next job
    }

    /**
     * Bootstraps the built-in vocabulary, embedded by the sentence model (the bundled one unless Settings chose
     * another; offline, about a minute), at once into a folder without a bootstrap; otherwise shows it as the
     * candidate with what the folder holds (e.g. the vocabulary already loaded) and the "Start over" option,
     * instead of rerunning it.
     */
    public void startDefaultVocabulary() {
        Path dataDir = context.engine().config().dataDir();
        Optional<Path> sentenceModel = context.engine().models().settings().sentenceModel();
        context.executor().execute(() -> recordedIn(dataDir), found -> {
            recorded = found;
            if (found == null) {
                startBootstrap(null, options(), null);
            } else {
                context.executor().execute(() -> new Candidate.Vocabulary(SentenceModel.identity(sentenceModel)),
                        vocabulary -> {
                            candidate.set(vocabulary);
                            refreshFacts();
                        }, failure -> context.notifier().error(messages.get("bootstrap.error.title"), failure));
            }
        }, failure -> context.notifier().error(messages.get("bootstrap.error.title"), failure));
    }

    /** The data folder's bootstrap: unfinished (to offer for resume) and as recorded (null when none). */
    private record Folder(UnfinishedBootstrap unfinished, RecordedBootstrap recorded) {
    }

    /**
     * Looks for a bootstrap an earlier session left unfinished (crash, cancel, closed window), and rereads the
     * job the folder records for the facts.
     */
    public void checkDataFolder() {
        Path dataDir = context.engine().config().dataDir();
        if (dataDir == null) {
            return;
        }
        context.executor().execute(() -> new Folder(BootstrapJob.unfinished(dataDir).orElse(null), recordedIn(dataDir)),
                found -> {
                    unfinished.set(found.unfinished());
                    recorded = found.recorded();
                    refreshFacts();
                }, failure -> context.notifier().error(messages.get("bootstrap.error.resume"), failure));
    }

    /** Resumes the unfinished bootstrap with the options it was started with. */
    public void resume() {
        UnfinishedBootstrap job = unfinished.get();
        if (job != null) {
            unfinished.set(null);
            startBootstrap(job.source(), job.resumeOptions(BootstrapOptions.DEFAULTS), null);
        }
    }

    private BootstrapOptions options() {
        BootstrapOptions d = BootstrapOptions.DEFAULTS;
        return new BootstrapOptions(Math.max(0, limit.get()), Math.clamp(k.get(), 1, 1000), d.skipBad(),
                VectorEncoding.FLOAT32, d.indexMode(), d.checkpointEvery(), restart.get());
    }

    /**
     * @param source the embedding file, or null for the default vocabulary
     * @param shown  the candidate whose facts are on screen for this job (cleared when it ends well), or null
     */
    private void startBootstrap(Path source, BootstrapOptions options, Candidate shown) {
        Engine engine = context.engine();
        Path dataDir = engine.config().dataDir();
        if (dataDir == null) {
            context.notifier().error(messages.get("bootstrap.error.title"), messages.get("bootstrap.error.noDataFolder"));
            return;
        }
        if (bootstrapRunning.get()) {
            context.notifier().error(messages.get("bootstrap.error.title"), messages.get("bootstrap.error.oneAtATime"));
            return;
        }
        String name = source == null ? messages.get("bootstrap.defaultVocabulary") : source.getFileName().toString();
        Optional<Path> sentenceModel = source == null ? engine.models().settings().sentenceModel() : Optional.empty();
        JobTask<BootstrapReport> task = new JobTask<>(messages.format("bootstrap.job.bootstrapTitle", name), messages,
                listener -> source != null ? BootstrapJob.run(engine, dataDir, source, options, listener)
                        : BootstrapJob.run(engine, dataDir, defaultVocabulary(engine.models(), sentenceModel, listener),
                                options, listener));
        bootstrapRunning.set(true);
        Runnable clearShown = () -> {
            if (shown != null && candidate.get() == shown) {
                clearCandidate();
            }
        };
        launch(task, report -> {
            clearShown.run();
            if (report.alreadyBootstrapped()) {   // the engine only reported the job the folder had finished
                context.notifier().info(task.getTitle(), messages.get("bootstrap.done.already"));
                return;
            }
            context.journal().echo(bootstrapCommand(source, sentenceModel, options));
            finish(task, messages.format("bootstrap.done.bootstrap", report.wordsImported(),
                    report.connectionsCreated(), Formats.duration(report.totalTime(), messages)), null);
            context.notifier().info(task.getTitle(), messages.get("bootstrap.done.title"));
        }, clearShown, () -> {
            bootstrapRunning.set(false);
            checkDataFolder();
        });
    }

    /** The vocabulary of the sentence model chosen in Settings (converted on first use), embedded by it. */
    private static RecordSource defaultVocabulary(ModelRuntimes models, Optional<Path> sentenceModel,
            ConversionListener listener) {
        SentenceModel.ModelFiles files = models.prepareSentenceModel(sentenceModel, listener);
        return DefaultVocabulary.source(files.model(), files.tokenizer(), models::open);
    }

    /** The CLI's same bootstrap: the CLI does not read Settings, so a chosen sentence model is named. */
    static String bootstrapCommand(Path source, Optional<Path> sentenceModel, BootstrapOptions options) {
        StringBuilder line = new StringBuilder("bootstrap ")
                .append(source == null ? "--default" : Formats.word(source));
        sentenceModel.ifPresent(m -> line.append(" --model ").append(Formats.word(m)));
        line.append(" --k ").append(options.k());
        if (options.limit() > 0) {
            line.append(" --limit ").append(options.limit());
        }
        if (options.restart()) {
            line.append(" --restart");
        }
        return line.toString();
    }

    private void startConversion(Path model) {
        Path output = ModelConverter.defaultOutput(model);
        JobTask<Converted> task = new JobTask<>(
                messages.format("bootstrap.job.convertTitle", model.getFileName().toString()), messages,
                listener -> convert(context.engine().models(), model, output, listener));
        launch(task, converted -> {
            context.journal().echo("convert " + Formats.word(model));
            ConversionResult result = converted.result();
            StringBuilder summary = new StringBuilder(messages.format("bootstrap.done.convert",
                    result.manifest().capsules().size(), result.full().getFileName().toString(), result.nanos() / 1e9));
            if (converted.fidelity() == null) {
                summary.append('\n').append(messages.get("bootstrap.fidelity.none"));
            } else {
                summary.append('\n').append(messages.format("bootstrap.fidelity.title", converted.fidelity().samples()));
                converted.fidelity().outputs().forEach(o -> summary.append('\n').append(messages.format(
                        "bootstrap.fidelity.output", o.name(), o.maxAbsDifference(), o.minCosine())));
            }
            finish(task, summary.toString(), result.full());
            context.notifier().info(task.getTitle(), messages.get("bootstrap.done.title"));
        }, () -> { }, () -> { });
    }

    /** A conversion and, for an ONNX source, how its outputs compare with the original's (else null). */
    private record Converted(ConversionResult result, FidelityCheck.Report fidelity) {
    }

    private static Converted convert(ModelRuntimes models, Path model, Path output, JobTask.Listener listener) {
        ConversionResult result = ModelConverter.convert(model, output, new CapsuleMode.Auto(), listener);
        if (ModelFormat.detect(model) != ModelFormat.ONNX) {
            return new Converted(result, null);   // a GGUF source has no ONNX Runtime original to compare with
        }
        listener.progress("fidelity", 0, 1);
        try (CapsuleRuntime converted = models.open(result.mini())) {
            FidelityCheck.Report fidelity = FidelityCheck.compare(model, converted, FIDELITY_SAMPLES, 1);
            listener.progress("fidelity", 1, 1);
            return new Converted(result, fidelity);
        }
    }

    /** Runs {@code task} through the executor, counted as a running job until it ends in any state. */
    private <T> void launch(JobTask<T> task, Consumer<T> onSucceeded, Runnable onCancelled, Runnable onEnded) {
        AutoCloseable counted = context.jobs().started();
        running.add(task);
        Runnable end = () -> {
            running.remove(task);
            closeQuietly(counted);
            onEnded.run();
        };
        task.setOnSucceeded(e -> {
            end.run();
            onSucceeded.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            end.run();
            onCancelled.run();
            finish(task, messages.get("bootstrap.done.cancelled"), null);
        });
        task.setOnFailed(e -> {
            end.run();
            failed(task.getTitle(), task.getException());
        });
        context.executor().execute(() -> {
            task.run();
            return null;
        }, ignored -> { }, failure -> context.notifier().error(task.getTitle(), failure));
    }

    private void finish(JobTask<?> task, String summary, Path cgraph) {
        finished.addFirst(new FinishedJob(task.getTitle(), summary, null, false, cgraph));
    }

    /**
     * A bootstrap refused by the data folder's job is told in the GUI's terms (its remedy is "Start over",
     * the engine's words name the command-line option and stay as details); anything else as the engine says.
     */
    private void failed(String title, Throwable failure) {
        if (failure instanceof BootstrapException refused) {
            String advice = messages.get("bootstrap.error.refused");
            finished.addFirst(new FinishedJob(title, advice, refused.getMessage(), true, null));
            context.notifier().error(title, advice);
        } else {
            finished.addFirst(new FinishedJob(title, String.valueOf(failure.getMessage()), null, true, null));
            context.notifier().error(title, failure);
        }
    }

    private static void closeQuietly(AutoCloseable handle) {
        try {
            handle.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing a job count cannot fail", e);
        }
    }

    /** Asks every running job to stop at its next checkpoint. */
    public void cancelAll() {
        List.copyOf(running).forEach(JobTask::cancel);
    }

    /** Opens the Graph tab on a converted model's capsule graph. */
    public void showCapsuleGraph(FinishedJob job) {
        if (job.cgraph() != null) {
            context.navigator().showModel(job.cgraph());
        }
    }

    private void refreshFacts() {
        List<Fact> rows = new ArrayList<>();
        switch (candidate.get()) {
            case Candidate.Embedding e -> embeddingFacts(e.profile(), rows);
            case Candidate.Model m -> modelFacts(m.summary(), rows);
            case Candidate.Vocabulary v -> { }
            case null -> { }
        }
        recordedFact().ifPresent(rows::addFirst);
        facts.setAll(rows);
    }

    /** What Start will make of the job the data folder already records, for a bootstrap candidate. */
    private Optional<Fact> recordedFact() {
        Candidate shown = candidate.get();
        if (recorded == null || !(shown instanceof Candidate.Embedding || shown instanceof Candidate.Vocabulary)) {
            return Optional.empty();
        }
        boolean sameSource = shown instanceof Candidate.Embedding e ? recorded.source().sameAs(e.identity())
                : recorded.fromDefaultVocabulary();
        String name = messages.get("bootstrap.fact.recorded");
        String source = recorded.fromDefaultVocabulary() ? messages.get("bootstrap.defaultVocabulary")
                : recorded.source().path();
        if (restart.get()) {
            return Optional.of(new Fact(name, messages.format("bootstrap.fact.recorded.replaced", source)));
        }
        if (shown instanceof Candidate.Vocabulary v && recorded.model().isPresent()
                && !recorded.model().get().sameModel(v.model())) {
            return Optional.of(new Fact(name, messages.format("bootstrap.fact.recorded.otherModel",
                    recorded.model().get().describe(), v.model().describe()), true));
        }
        boolean same = sameSource && recorded.sameOptions(options());
        if (same && recorded.finished()) {
            return Optional.of(new Fact(name, messages.format("bootstrap.fact.recorded.done", source), true));
        }
        if (same) {
            return Optional.of(new Fact(name, messages.format("bootstrap.fact.recorded.resumes", recorded.phase())));
        }
        return Optional.of(new Fact(name, messages.format(sameSource ? "bootstrap.fact.recorded.otherOptions"
                : recorded.finished() ? "bootstrap.fact.recorded.other" : "bootstrap.fact.recorded.otherUnfinished",
                source, recorded.k(), recorded.limit()), true));
    }

    private void embeddingFacts(EmbeddingProfile p, List<Fact> rows) {
        BootstrapEstimate estimate = BootstrapEstimate.of(p, options(), context.engine().models().settings().threads());
        rows.add(fact("bootstrap.fact.format", formatName(p)));
        rows.add(fact("bootstrap.fact.dimension", String.valueOf(p.dimension())));
        rows.add(fact("bootstrap.fact.words", p.declaredCount() >= 0
                ? messages.format("bootstrap.fact.wordsDeclared", p.declaredCount())
                : messages.format("bootstrap.fact.wordsEstimated", p.estimatedCount())));
        rows.add(fact("bootstrap.fact.size", Formats.bytes(p.fileBytes())));
        rows.add(fact("bootstrap.fact.sample", String.join(" ", p.sampleWords())));
        rows.add(fact("bootstrap.fact.time", estimate.time().toSeconds() < 1 ? messages.get("bootstrap.lessThanSecond")
                : messages.format("bootstrap.fact.about", Formats.duration(estimate.time(), messages))));
        rows.add(fact("bootstrap.fact.memory", messages.format("bootstrap.fact.about", Formats.bytes(estimate.heapBytes()))));
        rows.add(fact("bootstrap.fact.disk", messages.format("bootstrap.fact.disk.value",
                Formats.bytes(estimate.diskBytes()), Formats.bytes(estimate.vectorBytes()),
                Formats.bytes(estimate.databaseBytes()))));
    }

    private String formatName(EmbeddingProfile p) {
        return switch (p.format()) {
            case GLOVE_TEXT -> messages.get("bootstrap.format.glove");
            case WORD2VEC_TEXT -> messages.get("bootstrap.format.vectorsText");
            case WORD2VEC_BINARY -> messages.get("bootstrap.format.vectorsBinary");
            case FASTTEXT_VEC -> messages.get("bootstrap.format.fasttext");
        };
    }

    private void modelFacts(ModelSummary s, List<Fact> rows) {
        rows.add(fact("bootstrap.fact.format", s.format().toUpperCase(Locale.ROOT)));
        rows.add(fact("bootstrap.fact.size", Formats.bytes(s.fileSize())));
        rows.add(fact("bootstrap.fact.tensors", messages.format("bootstrap.fact.tensors.value", s.tensorCount(),
                Formats.bytes(s.tensorBytes()))));
        rows.add(fact("bootstrap.fact.inputs", values(s.inputs())));
        rows.add(fact("bootstrap.fact.outputs", values(s.outputs())));
        rows.add(fact("bootstrap.fact.disk", messages.format("bootstrap.fact.about", Formats.bytes(s.fileSize()))));
        s.metadata().entrySet().stream().limit(MODEL_METADATA_SHOWN)
                .forEach((Map.Entry<String, Object> m) -> rows.add(new Fact(m.getKey(), abbreviate(m.getValue()))));
    }

    private static String values(List<ValueSpec> specs) {
        return abbreviate(String.join(", ", specs.stream().map(v -> v.name() + " " + v.dtype() + v.shape()).toList()));
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    private Fact fact(String key, String value) {
        return new Fact(messages.get(key), value);
    }

    public ReadOnlyObjectProperty<Candidate> candidateProperty() {
        return candidate.getReadOnlyProperty();
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public LongProperty limitProperty() {
        return limit;
    }

    public BooleanProperty restartProperty() {
        return restart;
    }

    public ObservableList<JobTask<?>> running() {
        return running;
    }

    public ObservableList<FinishedJob> finished() {
        return finished;
    }

    public ReadOnlyObjectProperty<UnfinishedBootstrap> unfinishedProperty() {
        return unfinished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty bootstrapRunningProperty() {
        return bootstrapRunning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sniffingProperty() {
        return sniffing.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }
}

package io.neurograph.engine.bootstrap;

import io.neurograph.engine.Engine;
import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.embed.DefaultModel;
import io.neurograph.engine.bootstrap.read.EmbeddingFormatException;
import io.neurograph.engine.store.ConnectionRequest;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.HnswIndex;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.Metric;
import io.neurograph.engine.vector.VectorFile;
import io.neurograph.engine.vector.VectorIndex;
import io.neurograph.engine.vector.VectorIndexes;
import io.neurograph.engine.vector.VectorMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Bootstraps concepts from word embeddings into the engine's one world (ARCHITECTURE D2, D6): every
 * word becomes a labelled token, its full vector a row of a memory-mapped vector file, a real PCA
 * of the vectors places the tokens in L8 Abstract, and each word is linked to its k nearest
 * neighbours by cosine on the full vectors with {@code SimilarTo} connections.
 *
 * <p>Phases, each committed in checkpoints ({@code <data>/bootstrap/job.json}, replaced atomically):
 * <ol>
 *   <li><b>import</b>: records in batches of {@link BootstrapOptions#checkpointEvery()} words; per batch
 *       the new tokens are created in one transaction, the vectors appended and committed, then the
 *       checkpoint (reader position) written. A word seen earlier in the source is a duplicate (the
 *       first wins); a word a token already carries as its label reuses that token.</li>
 *   <li><b>pca</b>: {@link Pca} on the vectors (sampled above 200 000), saved as {@code pca_model.bin}.</li>
 *   <li><b>place</b>: every token's L8 (x, y, z) from {@link PcaModel#placeInAbstract}, in batches.</li>
 *   <li><b>index</b>: the nearest-neighbour index ({@link VectorIndexes#choose}: exact scan, or an HNSW
 *       graph saved in the job's folder).</li>
 *   <li><b>weave</b>: per row its k nearest other rows by cosine become bidirectional {@code SimilarTo}
 *       connections with confidence round(255 · max(0, cosine)); pairs that already have one are skipped.</li>
 * </ol>
 *
 * <p>Resume: running again with the same source continues from the last checkpoint; rows appended
 * after it are dropped from the vector file first, and tokens a crashed batch had already created
 * (found by label, ids above the job's first id) are reused, so the end state equals an uninterrupted
 * run. A finished job answers with its saved report. A restart first removes the {@code SimilarTo} connections
 * the previous job wove (the id ranges its checkpoint keeps) and its files; its tokens stay. Cancellation (polled every
 * {@value #POLL_EVERY} records while importing, after every checkpoint otherwise) commits the batch
 * in hand, then throws
 * {@link JobCancelledException}. Runs on the caller's thread; the weave's searches (and an HNSW build)
 * use a pool of the engine's thread count ({@code engine.models().settings().threads()}, one per
 * processor unless configured) that is shut down before the phase returns.
 */
public final class BootstrapJob {
    /** The job's folder inside the data folder. */
    public static final String FOLDER = "bootstrap";
    public static final String VECTORS_FILE = "vectors.tvec";
    /** Records between progress reports and cancellation checks while importing. */
    static final int POLL_EVERY = 1024;
    /** With {@link IndexMode#AUTO} the weave uses the exact scan below this many rows, HNSW above. */
    public static final int EXACT_WEAVE_BELOW = 10_000;
    /** PCA components computed: L8 takes three. */
    static final int COMPONENTS = 3;

    private final Engine engine;
    private final Path folder;
    private final RecordSource source;
    private final BootstrapOptions options;
    private final JobListener listener;
    /** The engine's thread count ({@link io.neurograph.engine.ModelSettings#threads}) when the job started. */
    private final int threads;
    private JobState state;
    private long tick = System.nanoTime();

    private BootstrapJob(Engine engine, Path folder, RecordSource source, BootstrapOptions options,
            JobListener listener) {
        this.engine = engine;
        this.folder = folder;
        this.source = source;
        this.options = options;
        this.listener = listener;
        this.threads = engine.models().settings().threads();
    }

    /** Bootstraps from an embedding file (format sniffed). */
    public static BootstrapReport run(Engine engine, Path dataDir, Path source, BootstrapOptions options,
            JobListener listener) throws IOException, EmbeddingFormatException, BootstrapException {
        return run(engine, dataDir, EmbeddingFileSource.of(source), options, listener);
    }

    /**
     * Bootstraps from any record source, or resumes its job, or reports the finished one.
     *
     * @param dataDir the engine's data folder; the job's files go to {@code dataDir/bootstrap}
     * @throws BootstrapException       another job holds the folder, its checkpoint is damaged, the
     *                                  options differ from the job's, or too few words came in
     * @throws EmbeddingFormatException a malformed line without {@code skipBad}: the batch before it
     *                                  is committed, so a re-run with {@code skipBad} continues there
     * @throws JobCancelledException    the listener cancelled; the last batch is committed
     */
    public static BootstrapReport run(Engine engine, Path dataDir, RecordSource source, BootstrapOptions options,
            JobListener listener) throws IOException, EmbeddingFormatException, BootstrapException {
        Path engineDir = engine.config().dataDir();
        if (engineDir == null || !engineDir.toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("The bootstrap files belong in the engine's data folder (" + engineDir
                    + "), not " + dataDir);
        }
        Path folder = dataDir.resolve(FOLDER);
        Files.createDirectories(folder);
        return new BootstrapJob(engine, folder, source, options, listener).run();
    }

    /**
     * True if the data folder's bootstrap came from the default vocabulary: its sentence model then embeds
     * free text into the same space as the concepts.
     */
    public static boolean madeByDefaultModel(Path dataDir) throws IOException, BootstrapException {
        Path job = dataDir.resolve(FOLDER).resolve(JobState.FILE_NAME);
        return Files.exists(job) && VocabularySource.KIND.equals(JobState.load(job).source.kind());
    }

    /** The bootstrap the data folder's checkpoint records, finished or not; empty if there is none. */
    public static Optional<RecordedBootstrap> recorded(Path dataDir) throws IOException, BootstrapException {
        Path job = dataDir.resolve(FOLDER).resolve(JobState.FILE_NAME);
        if (!Files.exists(job)) {
            return Optional.empty();
        }
        JobState s = JobState.load(job);
        return Optional.of(new RecordedBootstrap(s.source, s.phase.key(), s.limit, s.k, s.encoding));
    }

    /** The data folder's bootstrap if its checkpoint says it has not finished; empty if none or done. */
    public static Optional<UnfinishedBootstrap> unfinished(Path dataDir) throws IOException, BootstrapException {
        Path job = dataDir.resolve(FOLDER).resolve(JobState.FILE_NAME);
        if (!Files.exists(job)) {
            return Optional.empty();
        }
        JobState s = JobState.load(job);
        if (s.phase == BootstrapPhase.DONE) {
            return Optional.empty();
        }
        Path source = VocabularySource.KIND.equals(s.source.kind()) ? null : Path.of(s.source.path());
        return Optional.of(new UnfinishedBootstrap(source, s.phase.key(), s.rows, s.limit, s.k, s.encoding));
    }

    private Path jobFile() {
        return folder.resolve(JobState.FILE_NAME);
    }

    private Path vectorsFile() {
        return folder.resolve(VECTORS_FILE);
    }

    private BootstrapReport run() throws IOException, EmbeddingFormatException, BootstrapException {
        if (options.restart()) {
            unweave();
            clearFolder();
        }
        SourceIdentity identity = source.identity();
        if (Files.exists(jobFile())) {
            state = JobState.load(jobFile());
            requireSameJob(identity);
            if (state.phase == BootstrapPhase.DONE) {
                return report(true);
            }
        } else {
            requireNoLeftovers();
        }
        try (VectorFile vectors = importPhase(identity)) {
            if (state.phase == BootstrapPhase.PCA) {
                pcaPhase(vectors);
            }
            if (state.phase == BootstrapPhase.PLACE) {
                placePhase(vectors);
            }
            if (state.phase == BootstrapPhase.INDEX || state.phase == BootstrapPhase.WEAVE) {
                try (VectorIndex index = VectorIndexes.choose(vectors, folder, Metric.COSINE, weaveIndexMode(vectors),
                        threads, listener)) {
                    if (state.phase == BootstrapPhase.INDEX) {
                        state.index = index instanceof HnswIndex ? "hnsw" : "exact";
                        state.phase = BootstrapPhase.WEAVE;
                        checkpoint(BootstrapPhase.INDEX);
                    }
                    weavePhase(vectors, index);
                }
            }
        }
        return report(false);
    }

    // ---- job folder -------------------------------------------------------------------------------

    /**
     * Deletes the {@code SimilarTo} connections the previous job wove (by the id ranges its checkpoint kept), so a
     * restart, e.g. with another sentence model, does not link each word to two spaces' neighbours. Its tokens stay
     * (other connections may use them); a job from before the ranges were kept, or a damaged checkpoint, leaves its
     * connections as they are.
     */
    private void unweave() throws IOException {
        if (!Files.exists(jobFile())) {
            return;
        }
        JobState previous;
        try {
            previous = JobState.load(jobFile());
        } catch (BootstrapException e) {
            return;   // what it wove is unknown; the restart replaces the damaged file
        }
        for (long[] range : previous.woven) {
            engine.connections().deleteRange(range[0], range[1], ConnectionType.SIMILAR_TO.code());
        }
    }

    /** Deletes the previous job's files; its tokens stay in the engine. */
    private void clearFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private void requireNoLeftovers() throws IOException, BootstrapException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> left = files.filter(f -> !f.getFileName().toString().endsWith(".tmp")).toList();
            if (!left.isEmpty()) {
                throw new BootstrapException(folder + " holds " + left.stream().map(p -> p.getFileName().toString())
                        .sorted().toList() + " but no " + JobState.FILE_NAME + "; run the bootstrap with --restart"
                        + " to replace them (the tokens stay) or use another data folder");
            }
        }
    }

    private void requireSameJob(SourceIdentity identity) throws BootstrapException {
        if (state.source.model() != null && identity.model() != null && !state.source.sameModel(identity)) {
            throw new BootstrapException(folder + " holds a bootstrap of " + state.source.path() + " ("
                    + (state.phase == BootstrapPhase.DONE ? "finished" : "phase " + state.phase.key()) + ", "
                    + state.rows + " words) embedded by the sentence model " + state.source.model().describe()
                    + ", but this run embeds with " + identity.model().describe() + "; two models' vectors do not"
                    + " share a space. Use the model " + state.source.model().name() + " (--model FILE, none for"
                    + " the bundled " + DefaultModel.NAME + ") to carry on, or --restart to start over with "
                    + identity.model().name());
        }
        String differences = state.source.differences(identity);
        if (!differences.isEmpty()) {
            throw new BootstrapException(folder + " already holds a bootstrap of " + state.source.path() + " ("
                    + state.dimension + " dimensions, phase " + state.phase.key() + "), not of " + identity.path()
                    + " (" + differences + "); run with --restart to replace it (the tokens stay) or use another"
                    + " data folder");
        }
        List<String> changed = new ArrayList<>();
        if (state.limit != options.limit()) {
            changed.add("--limit " + state.limit);
        }
        if (state.k != options.k()) {
            changed.add("--k " + state.k);
        }
        if (state.encoding != options.encoding()) {
            changed.add("encoding " + state.encoding);
        }
        if (!changed.isEmpty()) {
            throw new BootstrapException("The bootstrap in " + folder + " (phase " + state.phase.key() + ") was run with "
                    + String.join(", ", changed) + "; use the same options, or --restart to start over with new ones");
        }
    }

    /** Saves the checkpoint, charging the time since the previous one to {@code phase}. */
    private void checkpoint(BootstrapPhase phase) throws IOException {
        long now = System.nanoTime();
        state.addMillis(phase, (now - tick) / 1_000_000);
        tick = now;
        state.save(jobFile());
    }

    private void cancelIfAsked(String stage) {
        if (listener.cancelled()) {
            throw new JobCancelledException(stage);
        }
    }

    // ---- import -----------------------------------------------------------------------------------

    /** Runs or resumes the import and returns the vector file, open for the later phases. */
    private VectorFile importPhase(SourceIdentity identity)
            throws IOException, EmbeddingFormatException, BootstrapException {
        if (state != null && state.phase != BootstrapPhase.IMPORT) {
            return openVectors();
        }
        try (RecordSource.Reader reader = source.open(state == null ? 0 : state.position,
                state == null ? 0 : state.line, options.skipBad())) {
            if (state == null) {
                state = new JobState(identity, reader.dimension(), options.limit(), options.k(), options.encoding(),
                        engine.status().nextTokenId());
                state.save(jobFile());
            } else if (reader.dimension() != state.dimension) {
                throw new BootstrapException(source.file() + " now has " + reader.dimension() + " dimensions, the job"
                        + " in " + folder + " " + state.dimension + "; run with --restart");
            }
            VectorFile vectors = state.rows == 0 && !Files.exists(vectorsFile())
                    ? VectorFile.create(vectorsFile(), state.dimension, state.encoding) : openVectors();
            try {
                new WordImport(engine, source, reader, vectors, state, options, listener, this::checkpointImport).run();
                state.phase = BootstrapPhase.PCA;
                checkpoint(BootstrapPhase.IMPORT);
                return vectors;
            } catch (IOException | EmbeddingFormatException | RuntimeException e) {
                vectors.close();
                throw e;
            }
        }
    }

    private void checkpointImport() throws IOException {
        checkpoint(BootstrapPhase.IMPORT);
    }

    /** The vector file cut back to the rows of the last checkpoint (later rows belong to a lost batch). */
    private VectorFile openVectors() throws IOException, BootstrapException {
        if (!Files.exists(vectorsFile())) {
            throw new BootstrapException(vectorsFile() + " is missing although " + jobFile() + " records "
                    + state.rows + " rows; run the bootstrap with --restart (the tokens stay)");
        }
        VectorFile vectors = VectorFile.open(vectorsFile());
        try {
            if (vectors.dimension() != state.dimension || vectors.encoding() != state.encoding
                    || vectors.count() < state.rows) {
                throw new BootstrapException(vectorsFile() + " (" + vectors.count() + " rows of " + vectors.dimension()
                        + " " + vectors.encoding() + ") does not match " + jobFile() + " (" + state.rows + " rows of "
                        + state.dimension + " " + state.encoding + "); run the bootstrap with --restart");
            }
            if (vectors.count() > state.rows) {
                vectors.truncate(state.rows);
            }
            return vectors;
        } catch (IOException | BootstrapException | RuntimeException e) {
            vectors.close();
            throw e;
        }
    }

    // ---- pca, place -------------------------------------------------------------------------------

    private void pcaPhase(VectorFile vectors) throws IOException, BootstrapException {
        if (state.rows < 2) {
            throw new BootstrapException(source.file() + " gave " + state.rows + " word(s); placing them needs a PCA"
                    + " of at least 2. Run with --restart and a source with more words");
        }
        int components = Math.min(COMPONENTS, state.dimension);
        PcaFit fit = Pca.fit(new FileRows(vectors), new Pca.Options(components, Pca.Options.DEFAULT_SAMPLE_ROWS,
                10, 6, 42), listener);
        fit.model().save(folder.resolve(PcaModel.FILE_NAME));
        state.explainedVarianceRatio = fit.explainedVarianceRatio();
        state.sampledRows = fit.sampledRows();
        state.phase = BootstrapPhase.PLACE;
        checkpoint(BootstrapPhase.PCA);
    }

    private void placePhase(VectorFile vectors) throws IOException {
        PcaModel model = PcaModel.load(folder.resolve(PcaModel.FILE_NAME));
        CoordinateSpace l8 = CoordinateSpace.L8_ABSTRACT;
        float[] vector = new float[state.dimension];
        inBatches(BootstrapPhase.PLACE, state.placedRows, (from, to) -> {
            long[] ids = new long[to - from];
            float[] xyz = new float[3 * ids.length];
            for (int row = from; row < to; row++) {
                int i = row - from;
                vectors.get(row, vector);
                model.placeInAbstract(vector, xyz, 3 * i);
                if (l8.encode(xyz[3 * i]) == CoordinateSpace.UNDEFINED_RAW) {
                    // raw x 127 is the "space undefined" marker: move by one step so the token stays indexed
                    xyz[3 * i] = l8.decode((short) (CoordinateSpace.UNDEFINED_RAW + 1));
                }
                ids[i] = vectors.tokenId(row);
            }
            engine.tokens().placeAll(ids, l8, xyz);
            state.placedRows = to;
        });
        state.phase = BootstrapPhase.INDEX;
        checkpoint(BootstrapPhase.PLACE);
    }

    // ---- weave ------------------------------------------------------------------------------------

    /**
     * The weave searches once per row, so an exact scan costs rows² · dimension: AUTO takes HNSW from
     * {@value #EXACT_WEAVE_BELOW} rows on rather than at {@link VectorIndexes#EXACT_BELOW}, the
     * threshold for single queries (the 21 722 default-vocabulary words, 2 busy cores: exact weave
     * 89 s; HNSW build 27 s + weave 19 s).
     */
    private IndexMode weaveIndexMode(VectorFile vectors) {
        if (options.indexMode() != IndexMode.AUTO) {
            return options.indexMode();
        }
        return vectors.count() < EXACT_WEAVE_BELOW ? IndexMode.EXACT : IndexMode.HNSW;
    }

    /**
     * Searches run in parallel on a pool of the engine's thread count that lives only for this phase;
     * the connections are created on the caller's thread in row order, so the result does not depend
     * on the thread count.
     */
    private void weavePhase(VectorFile vectors, VectorIndex index) throws IOException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            inBatches(BootstrapPhase.WEAVE, state.wovenRows, (from, to) -> {
                List<Callable<List<ConnectionRequest>>> chunks = new ArrayList<>();
                int chunk = Math.ceilDiv(to - from, threads);
                for (int start = from; start < to; start += chunk) {
                    int first = start;
                    int end = Math.min(to, start + chunk);
                    chunks.add(() -> neighbours(vectors, index, first, end));
                }
                List<ConnectionRequest> requests = new ArrayList<>((to - from) * state.k);
                for (Future<List<ConnectionRequest>> f : invokeAll(pool, chunks)) {
                    requests.addAll(f.resultNow());
                }
                var created = engine.connections().createAll(requests);
                if (created.created() > 0) {
                    state.woven.add(new long[] {created.ids()[0], created.ids()[created.created() - 1]});
                }
                state.connectionsCreated += created.created();
                state.connectionsSkipped += created.skipped();
                state.wovenRows = to;
            });
        }
        state.phase = BootstrapPhase.DONE;
        checkpoint(BootstrapPhase.WEAVE);
    }

    /** {@code SimilarTo} requests from each row in [from, to) to its k nearest other rows. */
    private List<ConnectionRequest> neighbours(VectorFile vectors, VectorIndex index, int from, int to) {
        List<ConnectionRequest> out = new ArrayList<>((to - from) * state.k);
        float[] vector = new float[state.dimension];
        for (int row = from; row < to; row++) {
            vectors.get(row, vector);
            long token = vectors.tokenId(row);
            for (VectorMatch m : index.searchExcluding(vector, state.k, Metric.COSINE, row)) {
                out.add(new ConnectionRequest(token, m.tokenId(), ConnectionType.SIMILAR_TO.code(),
                        confidence(m.score()), ConnectionFlags.BIDIRECTIONAL));
            }
        }
        return out;
    }

    /** Runs the tasks and waits for all; the first failure is rethrown as it was. */
    private static <T> List<Future<T>> invokeAll(ExecutorService pool, List<Callable<T>> tasks) {
        List<Future<T>> futures;
        try {
            futures = pool.invokeAll(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException(BootstrapPhase.WEAVE.key());
        }
        for (Future<T> f : futures) {
            if (f.state() == Future.State.FAILED) {
                Throwable cause = f.exceptionNow();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("a weave search failed", cause);
            }
        }
        return futures;
    }

    /** Cosine similarity to a connection confidence: round(255 · max(0, cos)), at most 255. */
    static int confidence(float cosine) {
        return Math.min(255, Math.round(255 * Math.max(0f, cosine)));
    }

    /** Work on the rows [from, to) of one batch; it records its own progress in the state. */
    @FunctionalInterface
    private interface RowBatch {
        void run(int from, int to) throws IOException;
    }

    /**
     * Runs {@code batch} over the rows from {@code first} to the end in checkpoint batches; each batch
     * is checkpointed. Between batches progress is reported and a cancellation honoured.
     */
    private void inBatches(BootstrapPhase phase, int first, RowBatch batch) throws IOException {
        int rows = state.rows;
        for (int from = first; from < rows; ) {
            int to = Math.min(rows, from + options.checkpointEvery());
            batch.run(from, to);
            checkpoint(phase);
            listener.progress(phase.key(), to, rows);
            cancelIfAsked(phase.key());
            from = to;
        }
    }

    // ---- report -----------------------------------------------------------------------------------

    private BootstrapReport report(boolean alreadyBootstrapped) throws IOException {
        Map<String, Duration> times = new LinkedHashMap<>();
        for (BootstrapPhase p : BootstrapPhase.values()) {
            if (p != BootstrapPhase.DONE) {
                times.put(p.key(), Duration.ofMillis(state.millis.getOrDefault(p, 0L)));
            }
        }
        return new BootstrapReport(state.source.path(), state.dimension, alreadyBootstrapped, state.rows,
                state.tokensCreated, state.existingTokens, state.duplicates, state.skipped,
                state.badLines.stream().sorted(Comparator.comparingLong(b -> b.line())).toList(),
                state.connectionsCreated, state.connectionsSkipped, state.explainedVarianceRatio, state.sampledRows,
                state.index, times,
                Files.exists(vectorsFile()) ? Files.size(vectorsFile()) : 0, state.encoding);
    }

    /** The vector file as PCA input, read in place. */
    private record FileRows(VectorFile file) implements VectorRows {
        @Override
        public int count() {
            return file.count();
        }

        @Override
        public int dimension() {
            return file.dimension();
        }

        @Override
        public void get(int row, float[] dst) {
            file.get(row, dst);
        }
    }
}

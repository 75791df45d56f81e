package io.neurograph.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.bootstrap.read.EmbeddingFormatException;
import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.Metric;
import io.neurograph.engine.vector.VectorEncoding;
import io.neurograph.engine.vector.VectorFile;
import io.neurograph.engine.vector.VectorIndexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapJobTest {
    private static final PlantedWords WORDS = PlantedWords.of(6, 50, 24, 1);   // 300 words, 6 clusters
    private static final BootstrapOptions OPTIONS = new BootstrapOptions(0, 5, false, VectorEncoding.FLOAT32,
            IndexMode.EXACT, 64, false);

    @TempDir
    Path dir;

    private Path data(String name) {
        return dir.resolve(name);
    }

    private Path glove() throws IOException {
        Path file = dir.resolve("planted.txt");
        return Files.exists(file) ? file : WORDS.writeGlove(file);
    }

    private static BootstrapReport bootstrap(Path data, Path source, BootstrapOptions options, JobListener listener)
            throws Exception {
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            return BootstrapJob.run(engine, data, source, options, listener);
        }
    }

    /** Every SimilarTo connection as "labelA labelB confidence", sorted. */
    private static Set<String> connections(Path data) {
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            Set<String> out = new TreeSet<>();
            for (ConnectionEntry e : engine.connections().list(Integer.MAX_VALUE, 0)) {
                Connection c = e.connection();
                out.add(engine.tokens().label(c.tokenA()).orElseThrow() + " " + engine.tokens().label(c.tokenB())
                        .orElseThrow() + " " + c.confidence());
            }
            return out;
        }
    }

    /** Cancels as soon as {@code stage} reports progress for the {@code nth} time. */
    private static JobListener cancelAt(String stage, int nth) {
        return new JobListener() {
            int seen;

            @Override
            public void progress(String s, long done, long total) {
                if (s.equals(stage)) {
                    seen++;
                }
            }

            @Override
            public boolean cancelled() {
                return seen >= nth;
            }
        };
    }

    @Test
    void importsPlacesAndWeavesPlantedClusters() throws Exception {
        Path data = data("clean");
        List<String> stages = new ArrayList<>();
        BootstrapReport report = bootstrap(data, glove(), OPTIONS, (stage, done, total) -> {
            if (stages.isEmpty() || !stages.getLast().equals(stage)) {
                stages.add(stage);
            }
        });
        assertThat(stages).containsExactly("import", "pca", "place", "weave");
        assertThat(report.alreadyBootstrapped()).isFalse();
        assertThat(report.wordsImported()).isEqualTo(300);
        assertThat(report.tokensCreated()).isEqualTo(300);
        assertThat(report.duplicates()).isZero();
        assertThat(report.skippedLines()).isZero();
        assertThat(report.dimension()).isEqualTo(24);
        assertThat(report.encoding()).isEqualTo(VectorEncoding.FLOAT32);
        assertThat(report.index()).isEqualTo("exact");
        assertThat(report.connectionsCreated() + report.connectionsSkipped()).isEqualTo(300 * 5);
        assertThat(report.connectionsCreated()).isBetween(300L * 5 / 2, 300L * 5);
        double[] ratio = report.explainedVarianceRatio();
        assertThat(ratio).hasSize(3);
        assertThat(ratio[0]).isGreaterThanOrEqualTo(ratio[1]).isGreaterThan(0.1);
        assertThat(ratio[0] + ratio[1] + ratio[2]).isLessThanOrEqualTo(1.0);
        assertThat(report.pcaRows()).isEqualTo(300);
        assertThat(report.phaseTimes()).containsOnlyKeys("import", "pca", "place", "index", "weave");
        assertThat(report.totalTime()).isEqualTo(report.phaseTimes().values().stream()
                .reduce(java.time.Duration.ZERO, java.time.Duration::plus));
        Path folder = data.resolve(BootstrapJob.FOLDER);
        assertThat(report.vectorFileBytes()).isEqualTo(Files.size(folder.resolve(BootstrapJob.VECTORS_FILE)));
        assertThat(folder.resolve(PcaModel.FILE_NAME)).exists();
        assertThat(Files.readString(folder.resolve("job.json"))).contains("\"phase\" : \"done\"");

        try (Engine engine = Engine.open(EngineConfig.at(data));
             VectorFile vectors = VectorFile.open(folder.resolve(BootstrapJob.VECTORS_FILE))) {
            assertThat(engine.tokens().count()).isEqualTo(300);
            assertThat(vectors.count()).isEqualTo(300);
            double sumSquares = 0;
            for (int i = 0; i < 300; i++) {
                Token t = engine.tokens().findByLabel(WORDS.words().get(i)).orElseThrow();
                assertThat(vectors.rowOf(t.id())).isEqualTo(i);
                assertThat(vectors.get(i)).containsExactly(WORDS.vectors().get(i));
                assertThat(t.isDefined(CoordinateSpace.L8_ABSTRACT)).isTrue();
                assertThat(t.isDefined(CoordinateSpace.L1_PHYSICAL)).isFalse();
                float x = t.coordinates(CoordinateSpace.L8_ABSTRACT)[0];
                sumSquares += x * x;
            }
            // z-scored x: standard deviation about a third of L8's half-range
            assertThat(Math.sqrt(sumSquares / 300)).isBetween(0.5, 1.5);
            assertThat(engine.grid().neighbors(1, CoordinateSpace.L8_ABSTRACT, 0.5f, 10)).isNotEmpty();

            int sameCluster = 0;
            List<ConnectionEntry> all = engine.connections().list(Integer.MAX_VALUE, 0);
            assertThat(all).hasSize((int) report.connectionsCreated());
            for (ConnectionEntry e : all) {
                Connection c = e.connection();
                assertThat(c.type()).isEqualTo(ConnectionType.SIMILAR_TO.code());
                assertThat(engine.graph().edge(e.id()).orElseThrow().bidirectional()).isTrue();
                String a = engine.tokens().label(c.tokenA()).orElseThrow();
                String b = engine.tokens().label(c.tokenB()).orElseThrow();
                if (PlantedWords.clusterOf(a).equals(PlantedWords.clusterOf(b))) {
                    sameCluster++;
                }
                float cosine = cosine(vectors.get(vectors.rowOf(c.tokenA())), vectors.get(vectors.rowOf(c.tokenB())));
                assertThat(c.confidence()).isEqualTo(BootstrapJob.confidence(cosine));
                assertThat(c.confidence()).isGreaterThan(200);
            }
            assertThat(sameCluster).isEqualTo(all.size());
        }

        BootstrapReport again = bootstrap(data, glove(), OPTIONS, JobListener.NONE);
        assertThat(again.alreadyBootstrapped()).isTrue();
        assertThat(again.wordsImported()).isEqualTo(300);
        assertThat(again.connectionsCreated()).isEqualTo(report.connectionsCreated());
        assertThat(again.phaseTimes()).isEqualTo(report.phaseTimes());
    }

    private static float cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return (float) (dot / Math.sqrt(na * nb));
    }

    @Test
    void aLimitStopsTheImportAfterThatManyWords() throws Exception {
        BootstrapOptions hundred = new BootstrapOptions(100, 3, false, VectorEncoding.FLOAT32, IndexMode.AUTO, 64,
                false);
        BootstrapReport report = bootstrap(data("limit"), glove(), hundred, JobListener.NONE);
        assertThat(report.wordsImported()).isEqualTo(100);
        assertThat(report.tokensCreated()).isEqualTo(100);
        try (Engine engine = Engine.open(EngineConfig.at(data("limit")))) {
            assertThat(engine.tokens().count()).isEqualTo(100);
            assertThat(engine.tokens().findByLabel(WORDS.words().get(99))).isPresent();
            assertThat(engine.tokens().findByLabel(WORDS.words().get(100))).isEmpty();
        }
    }

    @Test
    void duplicatesKeepTheFirstAndExistingLabelsKeepTheirToken() throws Exception {
        Path source = dir.resolve("dups.txt");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            s.append(WORDS.line(i));
        }
        s.append(WORDS.line(3));                          // same batch (checkpoint every 64)
        for (int i = 40; i < 100; i++) {
            s.append(WORDS.line(i));
        }
        s.append(WORDS.words().get(5)).append(" 1.0".repeat(24)).append('\n'); // an earlier batch's word, another vector
        Files.writeString(source, s);
        Path data = data("dups");
        long existing;
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            existing = engine.tokens().create(Token.builder().weight(0.5f).build(), WORDS.words().get(7)).id();
        }
        BootstrapReport report = bootstrap(data, source, OPTIONS, JobListener.NONE);
        assertThat(report.wordsImported()).isEqualTo(100);
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.existingTokens()).isEqualTo(1);
        assertThat(report.tokensCreated()).isEqualTo(99);
        try (Engine engine = Engine.open(EngineConfig.at(data));
             VectorFile vectors = VectorFile.open(data.resolve(BootstrapJob.FOLDER).resolve(BootstrapJob.VECTORS_FILE))) {
            assertThat(engine.tokens().count()).isEqualTo(100);
            assertThat(vectors.rowOf(existing)).isEqualTo(7);
            assertThat(engine.tokens().require(existing).weight()).isEqualTo(0.5f);
            long five = engine.tokens().findByLabel(WORDS.words().get(5)).orElseThrow().id();
            assertThat(vectors.get(vectors.rowOf(five))).containsExactly(WORDS.vectors().get(5));
        }
    }

    @Test
    void aBadLineStopsCleanlyAndSkipBadResumesPastIt() throws Exception {
        Path source = dir.resolve("bad.txt");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            s.append(i == 100 ? "broken 1.0 2.0\n" : WORDS.line(i));
        }
        Files.writeString(source, s);
        Path data = data("bad");
        assertThatThrownBy(() -> bootstrap(data, source, OPTIONS, JobListener.NONE))
                .isInstanceOf(EmbeddingFormatException.class)
                .hasMessageContaining("line 101").hasMessageContaining(source.toString());
        try (Engine engine = Engine.open(EngineConfig.at(data));
             VectorFile vectors = VectorFile.open(data.resolve(BootstrapJob.FOLDER).resolve(BootstrapJob.VECTORS_FILE))) {
            // everything before the bad line is imported, consistently: one token per committed vector
            assertThat(engine.tokens().count()).isEqualTo(100);
            assertThat(vectors.count()).isEqualTo(100);
            assertThat(engine.connections().count()).isZero();
        }
        BootstrapOptions skipping = new BootstrapOptions(0, 5, true, VectorEncoding.FLOAT32, IndexMode.EXACT, 64,
                false);
        BootstrapReport report = bootstrap(data, source, skipping, JobListener.NONE);
        assertThat(report.wordsImported()).isEqualTo(149);
        assertThat(report.skippedLines()).isEqualTo(1);
        assertThat(report.badLines()).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(101);
            assertThat(b.problem()).contains("24");
        });
        assertThat(report.tokensCreated()).isEqualTo(149);
    }

    @Test
    void wordsThatCannotBeLabelsAreBadLines() throws Exception {
        Path source = dir.resolve("long.txt");
        String longWord = "x".repeat(300);
        Files.writeString(source, WORDS.line(0) + WORDS.line(1).replace(WORDS.words().get(1), longWord)
                + WORDS.line(2) + WORDS.line(3));
        assertThatThrownBy(() -> bootstrap(data("long"), source, OPTIONS, JobListener.NONE))
                .isInstanceOf(EmbeddingFormatException.class).hasMessageContaining("line 2")
                .hasMessageContaining("at most 256");
        BootstrapReport report = bootstrap(data("long2"), source, new BootstrapOptions(0, 2, true,
                VectorEncoding.FLOAT32, IndexMode.EXACT, 64, false), JobListener.NONE);
        assertThat(report.wordsImported()).isEqualTo(3);
        assertThat(report.badLines()).singleElement().extracting(b -> b.line()).isEqualTo(2L);
    }

    @Test
    void aCancelledJobResumesToTheSameResultAsACleanRun() throws Exception {
        BootstrapReport clean = bootstrap(data("reference"), glove(), OPTIONS, JobListener.NONE);
        Path data = data("cancelled");
        assertThatThrownBy(() -> bootstrap(data, glove(), OPTIONS, cancelAt("import", 1)))
                .isInstanceOf(JobCancelledException.class);
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            assertThat(engine.tokens().count()).isEqualTo(64);
        }
        assertThatThrownBy(() -> bootstrap(data, glove(), OPTIONS, cancelAt("weave", 2)))
                .isInstanceOf(JobCancelledException.class);
        assertThat(Files.readString(data.resolve(BootstrapJob.FOLDER).resolve("job.json")))
                .contains("\"wovenRows\" : 128");
        UnfinishedBootstrap unfinished = BootstrapJob.unfinished(data).orElseThrow();
        assertThat(unfinished.source()).isEqualTo(glove().toAbsolutePath().normalize());
        assertThat(unfinished.phase()).isEqualTo("weave");
        assertThat(unfinished.resumeOptions(BootstrapOptions.DEFAULTS).k()).isEqualTo(OPTIONS.k());
        BootstrapReport resumed = bootstrap(data, glove(), OPTIONS, JobListener.NONE);
        assertThat(BootstrapJob.unfinished(data)).isEmpty();

        assertThat(resumed.alreadyBootstrapped()).isFalse();
        assertThat(resumed.wordsImported()).isEqualTo(clean.wordsImported());
        assertThat(resumed.tokensCreated()).isEqualTo(clean.tokensCreated());
        assertThat(resumed.connectionsCreated()).isEqualTo(clean.connectionsCreated());
        assertThat(resumed.connectionsSkipped()).isEqualTo(clean.connectionsSkipped());
        assertThat(resumed.explainedVarianceRatio()).containsExactly(clean.explainedVarianceRatio());
        assertThat(connections(data)).isEqualTo(connections(data("reference")));
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            assertThat(engine.tokens().count()).isEqualTo(300);
            Set<String> labels = new HashSet<>();
            engine.tokens().list(1000, 0).forEach(t -> labels.add(engine.tokens().label(t.id()).orElseThrow()));
            assertThat(labels).hasSize(300);
        }
    }

    @Test
    void aCrashAfterTheTokensButBeforeTheCheckpointResumesCleanly() throws Exception {
        Path data = data("crashed");
        assertThatThrownBy(() -> bootstrap(data, glove(), OPTIONS, cancelAt("import", 1)))
                .isInstanceOf(JobCancelledException.class);
        // what a crash inside the second batch leaves: its tokens committed, its vectors appended
        // (some committed, some not), the checkpoint still at the first batch
        Path vectorsFile = data.resolve(BootstrapJob.FOLDER).resolve(BootstrapJob.VECTORS_FILE);
        try (Engine engine = Engine.open(EngineConfig.at(data));
             VectorFile vectors = VectorFile.open(vectorsFile)) {
            List<Token> templates = new ArrayList<>();
            for (int i = 64; i < 128; i++) {
                templates.add(WordImport.WORD_TEMPLATE);
            }
            long[] ids = engine.tokens().createAll(templates, WORDS.words().subList(64, 128));
            for (int i = 0; i < 30; i++) {
                vectors.append(ids[i], WORDS.vectors().get(64 + i));
            }
            vectors.commit();
            for (int i = 30; i < 64; i++) {
                vectors.append(ids[i], WORDS.vectors().get(64 + i));
            }
        }
        BootstrapReport resumed = bootstrap(data, glove(), OPTIONS, JobListener.NONE);
        BootstrapReport clean = bootstrap(data("reference"), glove(), OPTIONS, JobListener.NONE);
        assertThat(resumed.wordsImported()).isEqualTo(300);
        assertThat(resumed.tokensCreated()).isEqualTo(clean.tokensCreated());
        assertThat(resumed.existingTokens()).isZero();
        assertThat(resumed.duplicates()).isZero();
        assertThat(connections(data)).isEqualTo(connections(data("reference")));
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            assertThat(engine.tokens().count()).isEqualTo(300);
        }
    }

    @Test
    void int8VectorsStillWeaveTheClusters() throws Exception {
        BootstrapOptions int8 = new BootstrapOptions(0, 5, false, VectorEncoding.INT8, IndexMode.EXACT, 100, false);
        Path data = data("int8");
        BootstrapReport report = bootstrap(data, glove(), int8, JobListener.NONE);
        assertThat(report.encoding()).isEqualTo(VectorEncoding.INT8);
        BootstrapReport float32 = bootstrap(data("f32"), glove(), OPTIONS, JobListener.NONE);
        assertThat(report.vectorFileBytes()).isLessThan(float32.vectorFileBytes());
        try (VectorFile vectors = VectorFile.open(data.resolve(BootstrapJob.FOLDER).resolve(BootstrapJob.VECTORS_FILE))) {
            assertThat(vectors.encoding()).isEqualTo(VectorEncoding.INT8);
        }
        for (String c : connections(data)) {
            String[] parts = c.split(" ");
            assertThat(PlantedWords.clusterOf(parts[0])).isEqualTo(PlantedWords.clusterOf(parts[1]));
        }
    }

    @Test
    void anHnswIndexIsSavedInTheJobFolderAndWeavesTheClusters() throws Exception {
        BootstrapOptions hnsw = new BootstrapOptions(0, 5, false, VectorEncoding.FLOAT32, IndexMode.HNSW, 100, false);
        Path data = data("hnsw");
        BootstrapReport report = bootstrap(data, glove(), hnsw, JobListener.NONE);
        assertThat(report.index()).isEqualTo("hnsw");
        assertThat(VectorIndexes.hnswFile(data.resolve(BootstrapJob.FOLDER), Metric.COSINE)).exists();
        bootstrap(data("exact"), glove(), new BootstrapOptions(0, 5, false, VectorEncoding.FLOAT32, IndexMode.EXACT,
                100, false), JobListener.NONE);
        // near-equal cosines inside a cluster and a multi-threaded build: HNSW finds nearly all exact
        // neighbours (scored exactly), not necessarily every one
        Set<String> approximate = connections(data);
        Set<String> exact = connections(data("exact"));
        Set<String> common = new HashSet<>(approximate);
        common.retainAll(exact);
        assertThat(common.size()).isGreaterThanOrEqualTo((int) (0.95 * exact.size()));
        for (String c : approximate) {
            String[] parts = c.split(" ");
            assertThat(PlantedWords.clusterOf(parts[0])).isEqualTo(PlantedWords.clusterOf(parts[1]));
        }
    }

    @Test
    void anotherSourceNeedsRestartAndRestartKeepsTheTokens() throws Exception {
        Path data = data("other");
        bootstrap(data, glove(), OPTIONS, JobListener.NONE);
        Path other = PlantedWords.of(3, 20, 16, 9).writeGlove(dir.resolve("other.txt"));
        assertThatThrownBy(() -> bootstrap(data, other, OPTIONS, JobListener.NONE))
                .isInstanceOf(BootstrapException.class)
                .hasMessageContaining("already holds a bootstrap of " + glove().toAbsolutePath())
                .hasMessageContaining("24 dimensions").hasMessageContaining("--restart");
        BootstrapOptions otherK = new BootstrapOptions(0, 7, false, VectorEncoding.FLOAT32, IndexMode.EXACT, 64, false);
        assertThatThrownBy(() -> bootstrap(data, glove(), otherK, JobListener.NONE)).isInstanceOf(BootstrapException.class);

        BootstrapOptions restart = new BootstrapOptions(0, 3, false, VectorEncoding.FLOAT32, IndexMode.EXACT, 64, true);
        BootstrapReport report = bootstrap(data, other, restart, JobListener.NONE);
        assertThat(report.dimension()).isEqualTo(16);
        // c0w0 … also label tokens of the first bootstrap: those are reused, the rest are new
        assertThat(report.existingTokens()).isEqualTo(60);
        assertThat(report.tokensCreated()).isZero();
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            assertThat(engine.tokens().count()).isEqualTo(300);
        }
    }

    @Test
    void aDamagedCheckpointIsNamed() throws Exception {
        Path data = data("damaged");
        bootstrap(data, glove(), OPTIONS, JobListener.NONE);
        Path job = data.resolve(BootstrapJob.FOLDER).resolve("job.json");
        Files.writeString(job, Files.readString(job).replace("\"rows\"", "\"rowz\""));
        assertThatThrownBy(() -> bootstrap(data, glove(), OPTIONS, JobListener.NONE))
                .isInstanceOf(BootstrapException.class).hasMessageContaining(job.toString())
                .hasMessageContaining("field 'rows' is missing").hasMessageContaining("--restart");
        Files.writeString(job, "{");
        assertThatThrownBy(() -> bootstrap(data, glove(), OPTIONS, JobListener.NONE))
                .hasMessageContaining("not valid JSON");
        Files.delete(job);
        assertThatThrownBy(() -> bootstrap(data, glove(), OPTIONS, JobListener.NONE))
                .isInstanceOf(BootstrapException.class).hasMessageContaining("no job.json");
    }
}

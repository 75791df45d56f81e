package io.neurograph.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.vector.ExactIndex;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.Metric;
import io.neurograph.engine.vector.VectorEncoding;
import io.neurograph.engine.vector.VectorFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultVocabularyTest {
    private static final Set<String> ANIMALS = Set.of("cat", "puppy", "horse", "cow", "sheep", "tiger", "lion",
            "rabbit", "wolf", "pig", "dogs", "cats");

    @TempDir
    static Path models;
    static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void convert() {
        model = OnnxConverter.convert(TestModels.minilmFp32(), models.resolve("minilm.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE).mini();
    }

    @Test
    void aSliceOfTheVocabularyBootstrapsAndDogSitsAmongAnimals() throws Exception {
        List<String> all = DefaultVocabulary.words(TestModels.minilmTokenizer());
        List<String> slice = new ArrayList<>(all.subList(0, 280));
        for (String w : List.of("dog", "cat", "puppy", "horse", "cow", "sheep", "tiger", "lion", "car", "table",
                "piano", "spreadsheet")) {
            if (!slice.contains(w)) {
                slice.add(w);
            }
        }
        RecordSource source = DefaultVocabulary.source(model, TestModels.minilmTokenizer(), slice,
                cgraph -> CapsuleRuntime.open(cgraph, new RuntimeOptions(1, Long.MAX_VALUE)));
        Path data = dir.resolve("data");
        List<String> stages = new ArrayList<>();
        BootstrapOptions options = new BootstrapOptions(300, 10, false, VectorEncoding.FLOAT32, IndexMode.AUTO, 10_000,
                false);
        long start = System.nanoTime();
        BootstrapReport report;
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            report = BootstrapJob.run(engine, data, source, options, (stage, done, total) -> stages.add(stage));
        }
        long took = System.nanoTime() - start;
        assertThat(report.wordsImported()).isEqualTo(Math.min(300, slice.size()));
        assertThat(report.dimension()).isEqualTo(384);
        assertThat(stages).contains("embed", "pca", "place", "weave");
        assertThat(report.source()).isEqualTo("the default vocabulary");
        System.out.printf("default vocabulary slice: %d words in %.1f s (%s)%n", report.wordsImported(), took / 1e9,
                report.phaseTimes());

        try (Engine engine = Engine.open(EngineConfig.at(data));
             VectorFile vectors = VectorFile.open(data.resolve(BootstrapJob.FOLDER).resolve(BootstrapJob.VECTORS_FILE))) {
            long dog = engine.tokens().findByLabel("dog").orElseThrow().id();
            List<String> nearest = new ExactIndex(vectors)
                    .searchExcluding(vectors.get(vectors.rowOf(dog)), 10, Metric.COSINE, vectors.rowOf(dog)).stream()
                    .map(m -> engine.tokens().label(m.tokenId()).orElseThrow()).toList();
            assertThat(nearest).as("nearest to dog").containsAnyElementsOf(ANIMALS);
            List<String> linked = new ArrayList<>();
            for (long c : engine.connections().of(dog)) {
                var conn = engine.connections().require(c).connection();
                linked.add(engine.tokens().label(conn.tokenA() == dog ? conn.tokenB() : conn.tokenA()).orElseThrow());
            }
            assertThat(linked).as("SimilarTo of dog").containsAnyElementsOf(ANIMALS);
        }

        // a later start answers from the data folder without loading the model (its manifest names it), even
        // with the tokenizer copied elsewhere (a re-installed app)
        Path copied = Files.copy(TestModels.minilmTokenizer(), dir.resolve("tokenizer.json"));
        RecordSource later = DefaultVocabulary.source(model, copied, slice, cgraph -> {
            throw new AssertionError("the model was loaded");
        });
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            List<String> again = new ArrayList<>();
            BootstrapReport cached = BootstrapJob.run(engine, data, later, options, (stage, done, total) -> again.add(stage));
            assertThat(cached.alreadyBootstrapped()).isTrue();
            assertThat(cached.wordsImported()).isEqualTo(report.wordsImported());
            assertThat(again).isEmpty();
        }
    }

    @Test
    void takesTheWholeWordsOfTheMiniLmVocabularyInIdOrder() {
        List<String> words = DefaultVocabulary.words(TestModels.minilmTokenizer());
        assertThat(words).hasSize(21_722);
        assertThat(words.subList(0, 4)).containsExactly("the", "of", "and", "in");
        assertThat(words).contains("dog", "puppy", "horse", "cat")
                .doesNotContain("a", "[CLS]", "[PAD]", "##s", "1990", "don't");
        assertThat(words).allMatch(DefaultVocabulary::isWholeWord);
        assertThat(words).doesNotHaveDuplicates();
    }

    @Test
    void aTokenizerWithoutVocabularyIsNamed() throws Exception {
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, "{\"model\": {\"type\": \"BPE\"}}");
        assertThatThrownBy(() -> DefaultVocabulary.words(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("model.vocab");
        Files.writeString(file, "{\"model\": {\"vocab\": {\"dog\": \"x\"}}}");
        assertThatThrownBy(() -> DefaultVocabulary.words(file)).hasMessageContaining("model.vocab['dog']");
        Files.writeString(file, "{\"model\": ");
        assertThatThrownBy(() -> DefaultVocabulary.words(file)).hasMessageContaining("cannot read the tokenizer JSON");
        Files.writeString(file, "{\"model\": {\"vocab\": {\"dog\": 1, \"x\": 2, \"über\": 3, \"𝔸\": 4, \"[X]\": 5}},"
                + " \"added_tokens\": [{\"content\": \"dog\", \"special\": true}]}");
        assertThat(DefaultVocabulary.words(file)).containsExactly("über");
    }
}

package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.MiniLmFixtures;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.embed.LazySentenceEmbedder;
import io.neurograph.engine.embed.SentenceEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's register of model runtimes on the real MiniLM int8 model. */
class ModelRuntimesTest {
    @TempDir
    static Path shared;
    private static ConversionResult converted;
    private static int capsules;
    /** A chosen sentence model: MiniLM int8 as an .onnx with its tokenizer.json, as a user would pick it. */
    private static Path chosenOnnx;

    @TempDir
    Path dir;

    @BeforeAll
    static void convert() throws Exception {
        converted = OnnxConverter.convert(TestModels.minilmInt8(), shared.resolve("minilm-q.cgraph"),
                new CapsuleMode.Auto(), ConversionListener.NONE);
        capsules = converted.manifest().capsules().size();
        Files.copy(TestModels.minilmTokenizer(), shared.resolve("tokenizer.json"));
        Path folder = Files.createDirectories(shared.resolve("chosen"));
        chosenOnnx = Files.copy(TestModels.minilmInt8(), folder.resolve("model.onnx"));
        Files.copy(TestModels.minilmTokenizer(), folder.resolve("tokenizer.json"));
    }

    @Test
    void countsLoadsAndEvictionsOfEveryRuntimeAndKeepsThemWhenOneCloses() throws Exception {
        long mapped = Files.size(converted.full());
        var inputs = MiniLmFixtures.bertInputs(MiniLmFixtures.sentences().getFirst().ids());
        try (Engine engine = Engine.open(EngineConfig.inMemory())) {
            ModelRuntimes models = engine.models();
            assertThat(models.stats()).isEqualTo(new ModelRuntimes.Stats(0, 0, 0, 0, 0, 0));

            CapsuleRuntime unlimited = models.open(converted.mini());
            unlimited.run(inputs);
            ModelRuntimes.Stats one = models.stats();
            assertThat(one.capsuleLoads()).isEqualTo(capsules);
            assertThat(one.capsuleEvictions()).isZero();
            assertThat(one.loadedCapsules()).isEqualTo(capsules);
            assertThat(one.loadedBytes()).isEqualTo(unlimited.stats().loadedBytes()).isPositive();
            assertThat(one.mappedBytes()).isEqualTo(mapped);
            assertThat(one.openRuntimes()).isEqualTo(1);

            // a budget of one byte: every capsule evicts the one before it
            try (CapsuleRuntime tight = models.open(converted.mini(), new RuntimeOptions(1, 1))) {
                tight.run(inputs);
                ModelRuntimes.Stats two = models.stats();
                assertThat(two.capsuleLoads()).isEqualTo(2L * capsules);
                assertThat(two.capsuleEvictions()).isEqualTo(capsules - 1);
                assertThat(two.loadedCapsules()).isEqualTo(capsules + 1);
                assertThat(two.mappedBytes()).isEqualTo(2 * mapped);
                assertThat(two.openRuntimes()).isEqualTo(2);
            }
            ModelRuntimes.Stats afterTight = models.stats();
            assertThat(afterTight.capsuleLoads()).isEqualTo(2L * capsules);
            assertThat(afterTight.capsuleEvictions()).isEqualTo(capsules - 1);
            assertThat(afterTight.openRuntimes()).isEqualTo(1);
            assertThat(afterTight.mappedBytes()).isEqualTo(mapped);

            unlimited.close();
            assertThat(models.stats()).isEqualTo(new ModelRuntimes.Stats(2L * capsules, capsules - 1, 0, 0, 0, 0));
        }
    }

    @Test
    void runtimesOpenWithTheConfiguredThreads() {
        ModelRuntimes models = new ModelRuntimes(null);
        assertThat(models.settings()).isEqualTo(ModelSettings.DEFAULTS);
        models.configure(new ModelSettings(1, Optional.empty()));
        try (CapsuleRuntime runtime = models.open(converted.mini())) {
            assertThat(runtime.options()).isEqualTo(new RuntimeOptions(1, Long.MAX_VALUE));
        }
        assertThatThrownBy(() -> new ModelSettings(0, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChosenOnnxSentenceModelIsConvertedIntoTheDataFolderOnceAndEmbedsThroughTheRegister() {
        Path data = dir.resolve("data");
        ModelRuntimes models = new ModelRuntimes(data);
        ModelSettings settings = new ModelSettings(1, Optional.of(chosenOnnx));
        models.configure(settings);
        AtomicInteger conversionEvents = new AtomicInteger();
        ConversionListener counting = (stage, done, total) -> conversionEvents.incrementAndGet();

        try (SentenceEmbedder embedder = models.openSentenceEmbedder(models.settings(), counting)) {
            assertThat(embedder.embed("a dog barks")).hasSize(384);
        }
        assertThat(conversionEvents.getAndSet(0)).isPositive();
        assertThat(data.resolve("models")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("model-"));
        assertThat(models.stats().capsuleLoads()).isEqualTo(capsules);
        assertThat(models.stats().openRuntimes()).isZero();

        try (SentenceEmbedder again = models.openSentenceEmbedder(settings, counting)) {
            assertThat(again.embed("a cat sleeps")).hasSize(384);
        }
        assertThat(conversionEvents).hasValue(0); // converted once
        assertThat(models.stats().capsuleLoads()).isEqualTo(2L * capsules);
    }

    @Test
    void aChosenCgraphIsUsedWhereItIsAndAMissingTokenizerIsNamed() throws Exception {
        ModelRuntimes models = new ModelRuntimes(null); // no data folder: a .cgraph needs none
        try (SentenceEmbedder embedder = models.openSentenceEmbedder(
                new ModelSettings(1, Optional.of(converted.mini())), ConversionListener.NONE)) {
            assertThat(embedder.embed("dog")).hasSize(384);
        }
        Path lonely = Files.copy(chosenOnnx, Files.createDirectories(dir.resolve("lonely")).resolve("m.onnx"));
        assertThatThrownBy(() -> models.openSentenceEmbedder(new ModelSettings(1, Optional.of(lonely)),
                ConversionListener.NONE)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(dir.resolve("lonely").resolve("tokenizer.json").toString());
        assertThatThrownBy(() -> models.openSentenceEmbedder(new ModelSettings(1, Optional.of(chosenOnnx)),
                ConversionListener.NONE)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("no data folder");
        assertThat(models.stats().capsuleLoads()).isEqualTo(capsules);
    }

    @Test
    void aLazyEmbedderOpensOnFirstUseAndReopensWhenTheSettingsChange() {
        ModelRuntimes models = new ModelRuntimes(null);
        AtomicReference<ModelSettings> wanted = new AtomicReference<>(new ModelSettings(1,
                Optional.of(converted.mini())));
        try (LazySentenceEmbedder<ModelSettings> lazy = new LazySentenceEmbedder<>(wanted::get,
                s -> models.openSentenceEmbedder(s, ConversionListener.NONE))) {
            assertThat(models.stats().openRuntimes()).isZero();
            lazy.apply("dog");
            lazy.apply("cat");
            assertThat(models.stats().capsuleLoads()).isEqualTo(capsules);
            assertThat(models.stats().openRuntimes()).isEqualTo(1);

            wanted.set(new ModelSettings(2, Optional.of(converted.mini())));
            lazy.apply("horse");
            assertThat(models.stats().capsuleLoads()).isEqualTo(2L * capsules);
            assertThat(models.stats().openRuntimes()).isEqualTo(1);
        }
        assertThat(models.stats().openRuntimes()).isZero();
    }
}

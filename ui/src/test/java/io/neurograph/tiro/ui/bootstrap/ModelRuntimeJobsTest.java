package io.neurograph.tiro.ui.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.ModelSettings;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import io.neurograph.tiro.ui.testing.SentenceModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Bootstrap tab's model runs (the built-in vocabulary's sentence model, the fidelity check after a conversion)
 * open their runtimes through the engine's register, on the real MiniLM int8 model.
 */
class ModelRuntimeJobsTest extends FeatureRobotTest<BootstrapFeature> {
    @TempDir
    Path dir;

    ModelRuntimeJobsTest() {
        super(900, 760);
    }

    @Override
    protected Engine openEngine() {
        return Engine.open(EngineConfig.at(dir.resolve("data")));
    }

    @Override
    protected BootstrapFeature create(FeatureContext context) {
        return BootstrapFeature.create(context);
    }

    @Test
    void theBuiltInVocabularyIsEmbeddedByTheModelChosenInSettingsAndEchoedWithIt() throws Exception {
        Path chosen = SentenceModels.miniLmInt8();
        engine.models().configure(new ModelSettings(2, Optional.of(chosen)));   // what saving in Settings does
        interact(() -> feature.model().limitProperty().set(200));

        clickOn("#bootstrap-default-vocabulary");
        FinishedJob job = awaitFinished();

        assertThat(job.failed()).as(job.summary()).isFalse();
        assertThat(job.summary()).startsWith("200 words");
        assertThat(fixture.journal.recent()).containsExactly(
                "bootstrap --default --model " + chosen + " --k 10 --limit 200");
        assertThat(engine.models().stats().capsuleLoads()).isPositive();
        assertThat(engine.models().stats().openRuntimes()).isZero();
        try (var converted = Files.list(dir.resolve("data/models"))) {
            assertThat(converted.map(p -> p.getFileName().toString())).singleElement().asString()
                    .startsWith("minilm-q-");
        }
    }

    @Test
    void theFidelityCheckAfterAConversionRunsThroughTheRegister() throws Exception {
        Path onnx = Files.copy(SentenceModels.miniLmInt8(), dir.resolve("encoder.onnx"));
        interact(() -> feature.model().accept(onnx));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> feature.model().candidateProperty().get() != null);

        clickOn("#bootstrap-start");
        FinishedJob job = awaitFinished();

        assertThat(job.failed()).as(job.summary()).isFalse();
        assertThat(job.summary()).contains("last_hidden_state");
        assertThat(engine.models().stats().capsuleLoads()).isPositive();
        assertThat(engine.models().stats().openRuntimes()).isZero();
    }

    private FinishedJob awaitFinished() throws Exception {
        ListView<?> finished = lookup("#bootstrap-finished").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !finished.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return (FinishedJob) finished.getItems().getFirst();
    }
}

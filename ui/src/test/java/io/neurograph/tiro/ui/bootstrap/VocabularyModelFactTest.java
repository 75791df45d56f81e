package io.neurograph.tiro.ui.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.ModelRuntimes;
import io.neurograph.engine.ModelSettings;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.BootstrapOptions;
import io.neurograph.engine.bootstrap.DefaultVocabulary;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.embed.ModelIdentity;
import io.neurograph.engine.embed.SentenceModel;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorEncoding;
import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.testing.FeatureFixture;
import io.neurograph.tiro.ui.testing.SentenceModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Bootstrap tab's default vocabulary with a folder already bootstrapped: the same sentence model is "already
 * bootstrapped", another one is named with the recorded one (real MiniLM int8).
 */
class VocabularyModelFactTest {
    @TempDir
    Path dir;

    @Test
    void theRecordedAndTheChosenModelAreComparedBeforeSayingAlreadyBootstrapped() throws Exception {
        Path data = dir.resolve("data");
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            ModelRuntimes models = engine.models();
            models.configure(new ModelSettings(1, Optional.of(SentenceModels.miniLmInt8())));
            SentenceModel.ModelFiles files = models.prepareSentenceModel(models.settings().sentenceModel(),
                    ConversionListener.NONE);
            BootstrapJob.run(engine, data, DefaultVocabulary.source(files.model(), files.tokenizer(), models::open),
                    new BootstrapOptions(100, 10, false, VectorEncoding.FLOAT32, IndexMode.AUTO, 10_000, false),
                    JobListener.NONE);
            ModelIdentity used = ModelIdentity.of(files.model());

            FeatureFixture fixture = new FeatureFixture(engine, new CurrentThreadTaskExecutor());
            assertThat(recordedFact(fixture)).as("same model and options").startsWith("Already bootstrapped")
                    .doesNotContain(used.name());

            // as if another model had made the concepts: the record names the model by its source's SHA-256
            Path job = data.resolve(BootstrapJob.FOLDER).resolve("job.json");
            Files.writeString(job, Files.readString(job).replace(used.sha256(), "0".repeat(64))
                    .replace("\"" + used.name() + "\"", "\"other-model\""));
            assertThat(recordedFact(fixture)).contains("other-model (sha256 000000000000…)", used.describe());
            assertThat(fixture.errors()).isEmpty();
        }
    }

    /** What the tab says of the folder's bootstrap when the default vocabulary is asked for again. */
    private static String recordedFact(FeatureFixture fixture) {
        BootstrapViewModel model = new BootstrapViewModel(fixture.context);
        model.limitProperty().set(100);
        model.startDefaultVocabulary();
        return model.facts().getFirst().value();
    }
}

package io.neurograph.tiro.ui.chat;

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
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chat embeds sentences with the model chosen in Settings (real MiniLM int8, converted into the data folder),
 * opened through the engine's register of model runtimes, and opens it again once the settings change.
 */
class ChatSentenceModelTest {
    @TempDir
    Path dir;

    @Test
    void sentencesAreEmbeddedByTheChosenModelThroughTheEnginesRegister() throws Exception {
        Path data = dir.resolve("data");
        Path chosen = SentenceModels.miniLmInt8();
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            ModelRuntimes models = engine.models();
            bootstrapWith(engine, data, chosen, 2, 300);
            long capsules = models.stats().capsuleLoads();   // the bootstrap's one runtime loaded every capsule once
            assertThat(capsules).isPositive();
            assertThat(models.stats().openRuntimes()).isZero();

            FeatureFixture fixture = new FeatureFixture(engine, new CurrentThreadTaskExecutor());
            SemanticSession session = new SemanticSession(engine);
            ChatViewModel chat = new ChatViewModel(fixture.context, session, new ConversationStore(data),
                    Clock.systemUTC());
            ask(chat, "the small dog is barking");
            assertThat(fixture.errors()).isEmpty();
            assertThat(chat.selectedProperty().get().turns().getLast().hits()).isNotEmpty();
            assertThat(fixture.journal.recent()).containsExactly(
                    "query \"the small dog is barking\" --model \"" + chosen + "\"");
            assertThat(models.stats().capsuleLoads()).isEqualTo(2 * capsules);
            assertThat(models.stats().openRuntimes()).isEqualTo(1);

            ask(chat, "a cat sleeps in the sun");
            assertThat(models.stats().capsuleLoads()).as("the model stays open").isEqualTo(2 * capsules);

            models.configure(new ModelSettings(1, Optional.of(chosen)));   // what saving in Settings does
            ask(chat, "horses run across the field");
            assertThat(fixture.errors()).isEmpty();
            assertThat(models.stats().capsuleLoads()).as("reopened with the new settings").isEqualTo(3 * capsules);
            assertThat(models.stats().openRuntimes()).isEqualTo(1);

            session.close();
            assertThat(models.stats().openRuntimes()).isZero();
            assertThat(models.stats().capsuleLoads()).isEqualTo(3 * capsules);
        }
    }

    @Test
    void questionsEmbeddedByAnotherModelThanTheConceptsAreToldOncePerSession() throws Exception {
        Path data = dir.resolve("data");
        Path chosen = SentenceModels.miniLmInt8();
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            ModelRuntimes models = engine.models();
            SentenceModel.ModelFiles files = bootstrapWith(engine, data, chosen, 1, 100);
            // as if another model had made the concepts: the record names the model by its source's SHA-256
            Path job = data.resolve(BootstrapJob.FOLDER).resolve("job.json");
            ModelIdentity used = ModelIdentity.of(files.model());
            Files.writeString(job, Files.readString(job).replace(used.sha256(), "0".repeat(64))
                    .replace("\"" + used.name() + "\"", "\"other-model\""));

            FeatureFixture fixture = new FeatureFixture(engine, new CurrentThreadTaskExecutor());
            try (SemanticSession session = new SemanticSession(engine)) {
                ChatViewModel chat = new ChatViewModel(fixture.context, session, new ConversationStore(data),
                        Clock.systemUTC());
                ask(chat, "the small dog is barking");
                ask(chat, "a cat sleeps in the sun");
                assertThat(fixture.errors()).singleElement().asString().contains("other-model (sha256 000000000000…)",
                        used.describe());
                assertThat(chat.selectedProperty().get().turns()).hasSize(2);
            }
        }
    }

    private static void ask(ChatViewModel chat, String text) {
        chat.questionProperty().set(text);
        chat.ask();
    }

    /** Configures {@code model} with {@code threads} and bootstraps the first {@code words} of its vocabulary. */
    private static SentenceModel.ModelFiles bootstrapWith(Engine engine, Path data, Path model, int threads, int words)
            throws Exception {
        ModelRuntimes models = engine.models();
        models.configure(new ModelSettings(threads, Optional.of(model)));
        SentenceModel.ModelFiles files = models.prepareSentenceModel(models.settings().sentenceModel(),
                ConversionListener.NONE);
        BootstrapJob.run(engine, data, DefaultVocabulary.source(files.model(), files.tokenizer(), models::open),
                new BootstrapOptions(words, 5, false, VectorEncoding.FLOAT32, IndexMode.EXACT, 10_000, false),
                JobListener.NONE);
        return files;
    }
}

package io.neurograph.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.embed.DefaultModel;
import io.neurograph.engine.embed.ModelIdentity;
import io.neurograph.engine.embed.SentenceModel;
import io.neurograph.engine.store.ConnectionOptions;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default vocabulary's job knows which sentence model embedded it (real MiniLM fp32 and int8). */
class VocabularyModelTest {
    private static final BootstrapOptions OPTIONS = new BootstrapOptions(80, 5, false, VectorEncoding.FLOAT32,
            IndexMode.AUTO, 10_000, false);

    @TempDir
    static Path models;
    static Path fp32;
    static Path int8;
    static List<String> words;

    @TempDir
    Path dir;

    @BeforeAll
    static void convert() {
        fp32 = OnnxConverter.convert(TestModels.minilmFp32(), models.resolve("fp32.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE).mini();
        int8 = OnnxConverter.convert(TestModels.minilmInt8(), models.resolve("int8.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE).mini();
        words = DefaultVocabulary.words(TestModels.minilmTokenizer()).subList(0, 80);
    }

    private static RecordSource source(Path model) {
        return DefaultVocabulary.source(model, TestModels.minilmTokenizer(), words,
                cgraph -> CapsuleRuntime.open(cgraph, new RuntimeOptions(1, Long.MAX_VALUE)));
    }

    private BootstrapReport run(Path data, Path model, BootstrapOptions options) throws Exception {
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            return BootstrapJob.run(engine, data, source(model), options, JobListener.NONE);
        }
    }

    @Test
    void anotherModelIsRefusedNamingBothAndRestartStartsOverWithIt() throws Exception {
        Path data = dir.resolve("data");
        run(data, int8, OPTIONS);
        ModelIdentity q = ModelIdentity.of(int8);
        assertThat(q.name()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(q).isEqualTo(SentenceModel.identity(Optional.of(TestModels.minilmInt8())));
        assertThat(BootstrapJob.recorded(data).orElseThrow().model()).contains(q);

        assertThatThrownBy(() -> run(data, fp32, OPTIONS)).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("embedded by the sentence model " + q.describe())
                .hasMessageContaining("this run embeds with " + ModelIdentity.of(fp32).describe())
                .hasMessageContaining("--restart");
        assertThat(run(data, int8, OPTIONS).alreadyBootstrapped()).isTrue();

        BootstrapReport again = run(data, fp32, new BootstrapOptions(80, 5, false, VectorEncoding.FLOAT32, IndexMode.AUTO, 10_000, true));
        assertThat(again.alreadyBootstrapped()).isFalse();
        assertThat(BootstrapJob.recorded(data).orElseThrow().model()).contains(ModelIdentity.of(fp32));

        // the restart removed what the int8 run wove: the graph is the one a fresh fp32 bootstrap makes
        Path fresh = dir.resolve("fresh");
        run(fresh, fp32, OPTIONS);
        assertThat(connections(data)).isEqualTo(connections(fresh)).isEqualTo(again.connectionsCreated());
    }

    @Test
    void aRestartKeepsConnectionsItDidNotWeave() throws Exception {
        Path data = dir.resolve("data");
        long mine;
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            long the = engine.tokens().create(Token.builder().build(), words.get(0)).id();
            long of = engine.tokens().create(Token.builder().build(), words.get(1)).id();
            mine = engine.connections().create(the, of, ConnectionType.SIMILAR_TO.code(), ConnectionOptions.DEFAULTS)
                    .id();
        }
        run(data, int8, OPTIONS);
        run(data, fp32, new BootstrapOptions(80, 5, false, VectorEncoding.FLOAT32, IndexMode.AUTO, 10_000, true));
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            assertThat(engine.connections().get(mine)).as("made before the bootstrap").isPresent();
        }
    }

    private static long connections(Path data) throws Exception {
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            return engine.connections().count();
        }
    }

    @Test
    void aJobRecordedBeforeModelsWereRecordedWasMadeByTheBundledModel() throws Exception {
        Path data = dir.resolve("data");
        run(data, fp32, OPTIONS);
        Path job = data.resolve(BootstrapJob.FOLDER).resolve(JobState.FILE_NAME);
        String json = Files.readString(job);
        String legacy = json.replaceAll("(?s),\\s*\"model\"\\s*:\\s*\\{[^}]*}", "");
        assertThat(legacy).isNotEqualTo(json).doesNotContain("all-minilm-l6-v2\"");
        Files.writeString(job, legacy);

        assertThat(ModelIdentity.of(fp32)).isEqualTo(DefaultModel.identity());
        assertThat(BootstrapJob.recorded(data).orElseThrow().model()).contains(DefaultModel.identity());
        assertThat(run(data, fp32, OPTIONS).alreadyBootstrapped()).isTrue();
        assertThatThrownBy(() -> run(data, int8, OPTIONS)).hasMessageContaining(DefaultModel.identity().describe());
    }
}

package io.neurograph.tiro.ui.capsules;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ModelConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.RunningJobs;
import io.neurograph.tiro.ui.testing.RecordingNotifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapsuleGraphViewModelTest {
    @TempDir
    Path dir;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final RunningJobs jobs = new RunningJobs();
    private final CapsuleGraphViewModel model = new CapsuleGraphViewModel(new CurrentThreadTaskExecutor(),
            new Messages(Locale.ENGLISH), notifier, jobs);

    @Test
    void opensACgraphWithItsCapsulesNodesAndTotals() throws Exception {
        Path file = SampleModels.cgraph(dir.resolve("sample.cgraph"));

        model.open(file);

        ModelStructure s = model.structureProperty().get();
        assertThat(s.format()).isEqualTo("cgraph");
        assertThat(s.capsules()).extracting(ModelStructure.Capsule::name)
                .containsExactly("embeddings", "block0", "head");
        assertThat(s.capsules().get(1).nodes()).extracting(ModelStructure.Node::op)
                .containsExactly("MatMul", "Add", "Relu");
        assertThat(s.capsules().get(1).bytes()).isEqualTo(60 + 64 * 32 * 4);
        assertThat(model.titleProperty().get()).startsWith("sample.cgraph (cgraph, ");
        assertThat(model.totalsProperty().get()).isEqualTo("3 capsules · 4 nodes · 3 tensors · 8.2 KiB");
        assertThat(model.tensors()).extracting(ModelStructure.Tensor::name).containsExactly("emb", "pos", "w");
        assertThat(model.tensorTitleProperty().get()).isEqualTo("All tensors (3)");
        assertThat(Files.size(file)).isEqualTo(s.fileSize());
        assertThat(jobs.runningProperty().get()).isZero();
    }

    @Test
    void aCapsuleListsTheTensorsItUsesSharedOnesIncluded() {
        model.open(SampleModels.cgraph(dir.resolve("sample.cgraph")));

        model.showTensorsOf(1);
        assertThat(model.tensors()).extracting(ModelStructure.Tensor::name).containsExactly("emb", "w");
        assertThat(model.tensorTitleProperty().get()).isEqualTo("Tensors of block0 (2)");

        model.showTensorsOf(2);
        assertThat(model.tensors()).isEmpty();

        model.showTensorsOf(-1);
        assertThat(model.tensors()).hasSize(3);
    }

    @Test
    void aGgufSourceShowsAsOneCapsuleWithItsTensors() {
        model.open(SampleModels.gguf(dir.resolve("tiny.gguf")));

        ModelStructure s = model.structureProperty().get();
        assertThat(s.format()).isEqualTo("gguf");
        assertThat(s.capsules()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("tiny");
            assertThat(c.tensors()).containsExactly("tok_embd", "out");
        });
        assertThat(model.tensors()).extracting(ModelStructure.Tensor::shape)
                .containsExactly(List.of(8L, 4L), List.of(4L));
    }

    @Test
    void anOnnxSourceShowsItsWholeGraphAsOneCapsule() {
        model.open(SampleModels.onnx(dir.resolve("tiny.onnx")));

        ModelStructure s = model.structureProperty().get();
        assertThat(s.format()).isEqualTo("onnx");
        assertThat(s.capsules()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("tiny");
            assertThat(c.nodes()).containsExactly(new ModelStructure.Node("mm", "MatMul"),
                    new ModelStructure.Node("", "Relu"));
        });
        assertThat(model.tensors()).containsExactly(new ModelStructure.Tensor("W", "float32", List.of(2L, 2L), 16));
    }

    @Test
    void aModelConvertedByTheEngineShowsItsCapsules() {
        Path source = SampleModels.onnx(dir.resolve("tiny.onnx"));
        Path converted = ModelConverter.convert(source, dir.resolve("tiny.cgraph"), new CapsuleMode.Node(),
                ConversionListener.NONE).full();

        model.open(converted);

        ModelStructure s = model.structureProperty().get();
        assertThat(s.format()).isEqualTo("cgraph");
        assertThat(s.capsules()).flatExtracting(ModelStructure.Capsule::nodes).extracting(ModelStructure.Node::op)
                .containsExactly("MatMul", "Relu");
        assertThat(s.tensors()).extracting(ModelStructure.Tensor::name).containsExactly("W");
    }

    @Test
    void aBrokenFileIsNotifiedAndKeepsTheOpenModel() throws Exception {
        model.open(SampleModels.cgraph(dir.resolve("sample.cgraph")));
        Path broken = Files.writeString(dir.resolve("broken.onnx"), "not a model");

        model.open(broken);

        assertThat(notifier.shown()).singleElement().asString().startsWith("Could not open broken.onnx: ");
        assertThat(model.structureProperty().get().format()).isEqualTo("cgraph");
        assertThat(model.titleProperty().get()).startsWith("sample.cgraph");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(jobs.runningProperty().get()).isZero();
    }

    @Test
    void sizesReadLikeTiroInspect() {
        assertThat(ByteSizes.human(512)).isEqualTo("512 B");
        assertThat(ByteSizes.human(1536)).isEqualTo("1.5 KiB");
        assertThat(ByteSizes.human(90_387_606)).isEqualTo("86.2 MiB");
    }
}

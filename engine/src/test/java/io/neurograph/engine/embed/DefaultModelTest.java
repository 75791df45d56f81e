package io.neurograph.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultModelTest {
    @TempDir
    Path data;

    @Test
    void preparesTheBundledModelOnceAndEmbedsWithIt() {
        assertThat(DefaultModel.bundled()).isTrue();
        AtomicInteger events = new AtomicInteger();
        ConversionListener counting = (stage, done, total) -> events.incrementAndGet();

        SentenceModel.ModelFiles first = DefaultModel.prepare(data, counting);
        int firstEvents = events.getAndSet(0);
        SentenceModel.ModelFiles again = DefaultModel.prepare(data, counting);

        assertThat(firstEvents).isPositive();
        assertThat(events).hasValue(0); // the second start converts nothing
        assertThat(again).isEqualTo(first);
        assertThat(first.model()).startsWith(DefaultModel.folder(data)).isRegularFile();
        Path folder = DefaultModel.folder(data);
        assertThat(folder.resolve("all-minilm-l6-v2.onnx")).isRegularFile(); // the original is kept for rollback
        assertThat(folder.resolve("all-minilm-l6-v2.cgraph")).isRegularFile();
        assertThat(first.tokenizer()).isEqualTo(folder.resolve("tokenizer.json")).isRegularFile();
        try (SentenceEmbedder embedder = SentenceEmbedder.open(first.model(), first.tokenizer(), RuntimeOptions.DEFAULT)) {
            float[] cat = embedder.embed("cat");
            float[] kitten = embedder.embed("kitten");
            float[] tax = embedder.embed("taxation");
            assertThat(cosine(cat, kitten)).isGreaterThan(cosine(cat, tax));
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i]; // both are L2-normalised
        }
        return dot;
    }
}

package io.neurograph.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.runtime.MiniLmFixtures;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MiniLM sentence embeddings through the capsule runtime equal ONNX Runtime on the original model. */
class SentenceEmbedderTest {
    @TempDir
    static Path dir;
    static ConversionResult converted;

    @BeforeAll
    static void convert() {
        converted = OnnxConverter.convert(TestModels.minilmFp32(), dir.resolve("minilm.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE);
    }

    @Test
    void tokenizesLikeTheReferenceAndEmbedsLikeOrtOnTheOriginal() throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (SentenceEmbedder embedder = SentenceEmbedder.open(converted.mini(), TestModels.minilmTokenizer(),
                        new RuntimeOptions(1, Long.MAX_VALUE));
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession original = env.createSession(TestModels.minilmFp32().toString(), options)) {
                for (MiniLmFixtures.Sentence s : MiniLmFixtures.sentences()) {
                    assertThat(embedder.tokenIds(s.text())).as(s.text()).containsExactly(s.ids());
                    float[] ours = embedder.embed(s.text());
                    float[] reference = reference(env, original, s.ids());
                    assertThat(cosine(ours, reference)).as(s.text()).isGreaterThanOrEqualTo(0.9999);
                    assertThat(norm(ours)).isCloseTo(1.0, within(1e-5));
                }
            }
        }
    }

    @Test
    void relatedSentencesAreCloserThanUnrelatedOnes() {
        try (SentenceEmbedder embedder = SentenceEmbedder.open(converted.mini(), TestModels.minilmTokenizer(),
                new RuntimeOptions(1, Long.MAX_VALUE))) {
            float[] dog = embedder.embed("dog");
            assertThat(dog).hasSize(384);
            assertThat(cosine(dog, embedder.embed("puppy"))).isGreaterThan(cosine(dog, embedder.embed("spreadsheet")));
            assertThat(embedder.embed("")).hasSize(384);
        }
    }

    @Test
    void aBatchEmbedsEachTextLikeASingleCall() {
        try (SentenceEmbedder embedder = SentenceEmbedder.open(converted.mini(), TestModels.minilmTokenizer(),
                new RuntimeOptions(1, Long.MAX_VALUE))) {
            List<String> texts = List.of("dog", "a puppy plays in the garden with a red ball", "", "horse");
            float[][] batch = embedder.embedBatch(texts);
            assertThat(batch.length).isEqualTo(4);
            for (int i = 0; i < texts.size(); i++) {
                float[] single = embedder.embed(texts.get(i));
                for (int d = 0; d < single.length; d++) {
                    assertThat(batch[i][d]).as(texts.get(i) + " [" + d + "]").isCloseTo(single[d], within(1e-5f));
                }
            }
            assertThat(embedder.embedBatch(List.of())).isEmpty();
        }
    }

    private static float[] reference(OrtEnvironment env, OrtSession session, long[] ids) throws OrtException {
        long[] shape = {1, ids.length};
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        Map<String, OnnxTensor> inputs = Map.of(
                "input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape),
                "attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape),
                "token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
        try (OrtSession.Result result = session.run(inputs)) {
            float[] hidden = ((OnnxTensor) result.get(0)).getFloatBuffer().array();
            return Pooling.meanNormalized(hidden, mask, 384);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(float[] a) {
        double s = 0;
        for (float v : a) {
            s += (double) v * v;
        }
        return Math.sqrt(s);
    }
}

package io.neurograph.engine.capsule.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converted MiniLM models run by {@link CapsuleRuntime} (opened via the mini file) give the same
 * last_hidden_state as ONNX Runtime on the original .onnx, for 20 tokenized sentences of 5..128 tokens.
 */
class CapsuleRuntimeEquivalenceTest {
    @TempDir
    static Path dir;

    private static ConversionResult fp32;
    private static ConversionResult int8;

    @BeforeAll
    static void convert() {
        fp32 = OnnxConverter.convert(TestModels.minilmFp32(), dir.resolve("minilm.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE);
        int8 = OnnxConverter.convert(TestModels.minilmInt8(), dir.resolve("minilm-q.cgraph"), new CapsuleMode.Auto(),
                ConversionListener.NONE);
    }

    @Test
    void fixtureIdsAreTheWordPieceTokensOfTheirSentences() {
        BertWordPiece tokenizer = new BertWordPiece(TestModels.minilmTokenizer());
        List<MiniLmFixtures.Sentence> sentences = MiniLmFixtures.sentences();
        assertThat(sentences).hasSize(20);
        assertThat(tokenizer.encode("The quick brown fox jumps over the lazy dog near the riverbank."))
                .containsExactly(101, 1996, 4248, 2829, 4419, 14523, 2058, 1996, 13971, 3899, 2379, 1996, 2314, 9299,
                        1012, 102);
        for (MiniLmFixtures.Sentence s : sentences) {
            assertThat(tokenizer.encode(s.text())).as(s.text()).containsExactly(s.ids());
        }
        assertThat(sentences.stream().mapToInt(s -> s.ids().length).min().orElseThrow()).isEqualTo(5);
        assertThat(sentences.stream().mapToInt(s -> s.ids().length).max().orElseThrow()).isEqualTo(128);
    }

    @Test
    void fp32MatchesOnnxRuntimeOnTheOriginalModel() throws OrtException {
        double maxDiff = maxDifference(fp32.mini(), TestModels.minilmFp32());
        System.out.printf("MiniLM fp32: max |capsule - original| over 20 sentences = %.3g%n", maxDiff);
        assertThat(maxDiff).isLessThanOrEqualTo(1e-4);
    }

    @Test
    void int8MatchesOnnxRuntimeOnTheOriginalModel() throws OrtException {
        double maxDiff = maxDifference(int8.mini(), TestModels.minilmInt8());
        System.out.printf("MiniLM int8: max |capsule - original| over 20 sentences = %.3g%n", maxDiff);
        assertThat(maxDiff).isLessThanOrEqualTo(1e-3);
    }

    /** The largest absolute element difference of last_hidden_state over all fixture sentences. */
    private static double maxDifference(Path mini, Path original) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double maxDiff = 0;
        try (CapsuleRuntime runtime = CapsuleRuntime.open(mini, new RuntimeOptions(1, Long.MAX_VALUE));
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(original.toString(), options)) {
                for (MiniLmFixtures.Sentence s : MiniLmFixtures.sentences()) {
                    Map<String, TensorValue> inputs = MiniLmFixtures.bertInputs(s.ids());
                    TensorValue actual = runtime.run(inputs).outputs().get("last_hidden_state");
                    float[] expected = runOriginal(env, session, inputs);
                    assertThat(actual.shape()).containsExactly(1, s.ids().length, 384);
                    float[] got = actual.toFloatArray();
                    assertThat(got).hasSameSizeAs(expected);
                    for (int i = 0; i < got.length; i++) {
                        maxDiff = Math.max(maxDiff, Math.abs(got[i] - expected[i]));
                    }
                }
            }
        }
        return maxDiff;
    }

    private static float[] runOriginal(OrtEnvironment env, OrtSession session, Map<String, TensorValue> inputs)
            throws OrtException {
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            for (Map.Entry<String, TensorValue> e : inputs.entrySet()) {
                TensorValue v = e.getValue();
                feed.put(e.getKey(), OnnxTensor.createTensor(env, LongBuffer.wrap(v.toLongArray()), v.shape()));
            }
            try (OrtSession.Result result = session.run(feed)) {
                FloatBuffer out = ((OnnxTensor) result.get("last_hidden_state").orElseThrow()).getFloatBuffer();
                float[] values = new float[out.remaining()];
                out.get(values);
                return values;
            }
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }
}

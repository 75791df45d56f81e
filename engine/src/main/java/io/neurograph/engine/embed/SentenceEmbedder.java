package io.neurograph.engine.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.capsule.runtime.TensorValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Sentence embeddings from a BERT-style encoder converted to {@code .cgraph} (all-MiniLM-L6-v2 by default):
 * HuggingFace tokenization from the model's {@code tokenizer.json}, the encoder run by the capsule runtime,
 * mean pooling over the tokens the attention mask keeps, and L2 normalisation — the recipe the model was
 * trained for, so cosine similarity of two embeddings is their semantic similarity.
 */
public final class SentenceEmbedder implements AutoCloseable {
    /** MiniLM was trained on at most 128 tokens; longer text is truncated (the model has 512 positions). */
    public static final int MAX_TOKENS = 128;
    private static final String OUTPUT = "last_hidden_state";

    private final CapsuleRuntime runtime;
    private final HuggingFaceTokenizer tokenizer;

    private SentenceEmbedder(CapsuleRuntime runtime, HuggingFaceTokenizer tokenizer) {
        this.runtime = runtime;
        this.tokenizer = tokenizer;
    }

    /**
     * @param model         the encoder's mini (or full) {@code .cgraph} file
     * @param tokenizerJson the HuggingFace {@code tokenizer.json} that belongs to it
     * @throws ModelFormatException if either file cannot be read
     */
    public static SentenceEmbedder open(Path model, Path tokenizerJson, RuntimeOptions options) {
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson).optAddSpecialTokens(true)
                    .optPadding(false).optTruncation(true).optMaxLength(MAX_TOKENS).build();
        } catch (IOException | RuntimeException e) {
            throw new ModelFormatException(tokenizerJson, "cannot load the tokenizer", e);
        }
        try {
            return new SentenceEmbedder(CapsuleRuntime.open(model, options), tokenizer);
        } catch (RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /** The token ids the model sees for {@code text}, with [CLS] and [SEP]. */
    public long[] tokenIds(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** The L2-normalised mean-pooled embedding of {@code text}. */
    public float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        long[] shape = {1, ids.length};
        TensorValue hidden = runtime.run(Map.of(
                "input_ids", TensorValue.ofLongs(shape, ids),
                "attention_mask", TensorValue.ofLongs(shape, mask),
                "token_type_ids", TensorValue.ofLongs(shape, encoding.getTypeIds()))).outputs().get(OUTPUT);
        return Pooling.meanNormalized(hidden.toFloatArray(), mask, (int) hidden.shape()[2]);
    }

    @Override
    public void close() {
        tokenizer.close();
        runtime.close();
    }
}

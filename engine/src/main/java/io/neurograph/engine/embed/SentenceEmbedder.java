package io.neurograph.engine.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.capsule.runtime.TensorValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sentence embeddings from a BERT-style encoder converted to {@code .cgraph} (all-MiniLM-L6-v2 by default,
 * {@link SentenceModel}):
 * HuggingFace tokenization from the model's {@code tokenizer.json}, the encoder run by the capsule runtime,
 * mean pooling over the tokens the attention mask keeps, and L2 normalisation — the recipe the model was
 * trained for, so cosine similarity of two embeddings is their semantic similarity.
 */
public final class SentenceEmbedder implements AutoCloseable {
    /** MiniLM was trained on at most 128 tokens; longer text is truncated (the model has 512 positions). */
    public static final int MAX_TOKENS = 128;
    private static final String OUTPUT = "last_hidden_state";
    private static final String IDS = "input_ids";
    private static final String MASK = "attention_mask";
    private static final String TYPES = "token_type_ids";

    private final CapsuleRuntime runtime;
    private final HuggingFaceTokenizer tokenizer;
    /** DistilBERT-style encoders have no token types. */
    private final boolean takesTypes;

    private SentenceEmbedder(CapsuleRuntime runtime, HuggingFaceTokenizer tokenizer) {
        this.runtime = runtime;
        this.tokenizer = tokenizer;
        this.takesTypes = runtime.manifest().inputs().stream().anyMatch(v -> v.name().equals(TYPES));
    }

    /** As {@link #open(Path, Path, Function)} on a runtime of its own, outside any engine (tests, benchmarks). */
    public static SentenceEmbedder open(Path model, Path tokenizerJson, RuntimeOptions options) {
        return open(model, tokenizerJson, cgraph -> CapsuleRuntime.open(cgraph, options));
    }

    /**
     * @param model         the encoder's mini (or full) {@code .cgraph} file
     * @param tokenizerJson the HuggingFace {@code tokenizer.json} that belongs to it
     * @param runtimes      opens the model's runtime, e.g. {@code engine.models()::open}; the embedder closes it
     * @throws ModelFormatException if either file cannot be read, or the model is no BERT-style encoder
     */
    public static SentenceEmbedder open(Path model, Path tokenizerJson, Function<Path, CapsuleRuntime> runtimes) {
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson).optAddSpecialTokens(true)
                    .optPadding(false).optTruncation(true).optMaxLength(MAX_TOKENS).build();
        } catch (IOException | RuntimeException e) {
            throw new ModelFormatException(tokenizerJson, "cannot load the tokenizer", e);
        }
        CapsuleRuntime runtime = null;
        try {
            runtime = runtimes.apply(model);
            checkEncoder(model, runtime.manifest());
            return new SentenceEmbedder(runtime, tokenizer);
        } catch (RuntimeException e) {
            tokenizer.close();
            if (runtime != null) {
                runtime.close();
            }
            throw e;
        }
    }

    /** A chosen model must take what a BERT-style encoder takes and give its token vectors. */
    private static void checkEncoder(Path model, CgraphManifest manifest) {
        Set<String> inputs = manifest.inputs().stream().map(ValueSpec::name).collect(Collectors.toSet());
        boolean hidden = manifest.outputs().stream().anyMatch(v -> v.name().equals(OUTPUT));
        if (!inputs.contains(IDS) || !inputs.contains(MASK) || !hidden) {
            throw new ModelFormatException(model, "is not a BERT-style sentence encoder: it needs the inputs " + IDS
                    + " and " + MASK + " (and optionally " + TYPES + ") and the output " + OUTPUT + "; it has inputs "
                    + inputs + " and outputs " + manifest.outputs().stream().map(ValueSpec::name).toList());
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
        TensorValue hidden = encode(new long[] {1, ids.length}, ids, mask, encoding.getTypeIds());
        return Pooling.meanNormalized(hidden.toFloatArray(), mask, (int) hidden.shape()[2]);
    }

    /**
     * Embeddings of several texts from one run of the encoder: the token sequences are padded to the
     * longest (padding is masked out of attention and pooling), so each result equals {@link #embed}
     * of that text up to float rounding. Texts are tokenized one by one: the tokenizer's own batch
     * call would start a native thread pool.
     */
    public float[][] embedBatch(List<String> texts) {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        Encoding[] encodings = new Encoding[texts.size()];
        int length = 0;
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
            length = Math.max(length, encodings[i].getIds().length);
        }
        long[] ids = new long[encodings.length * length];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        for (int i = 0; i < encodings.length; i++) {
            int n = encodings[i].getIds().length;
            System.arraycopy(encodings[i].getIds(), 0, ids, i * length, n);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask, i * length, n);
            System.arraycopy(encodings[i].getTypeIds(), 0, types, i * length, n);
        }
        long[] shape = {encodings.length, length};
        TensorValue hidden = encode(shape, ids, mask, types);
        float[] values = hidden.toFloatArray();
        int dimension = (int) hidden.shape()[2];
        float[][] out = new float[encodings.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Pooling.meanNormalized(values, mask, i, length, dimension);
        }
        return out;
    }

    private TensorValue encode(long[] shape, long[] ids, long[] mask, long[] types) {
        Map<String, TensorValue> inputs = new HashMap<>();
        inputs.put(IDS, TensorValue.ofLongs(shape, ids));
        inputs.put(MASK, TensorValue.ofLongs(shape, mask));
        if (takesTypes) {
            inputs.put(TYPES, TensorValue.ofLongs(shape, types));
        }
        return runtime.run(inputs).outputs().get(OUTPUT);
    }

    @Override
    public void close() {
        tokenizer.close();
        runtime.close();
    }
}

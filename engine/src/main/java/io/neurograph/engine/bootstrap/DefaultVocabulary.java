package io.neurograph.engine.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The offline default concept vocabulary (ARCHITECTURE D7): the whole words of the sentence model's
 * own WordPiece vocabulary, embedded by that model, so concepts and queries share one vector space.
 */
public final class DefaultVocabulary {
    /** Shortest word kept; single letters carry little meaning as concepts. */
    public static final int MIN_LENGTH = 2;

    private DefaultVocabulary() {
    }

    /**
     * The whole words of a HuggingFace {@code tokenizer.json} ({@code model.vocab}), in vocabulary id
     * order: entries of at least {@value #MIN_LENGTH} characters that are all letters
     * ({@link Character#isLetter}), which leaves out {@code ##} continuation pieces, numbers,
     * punctuation and the special tokens ({@code added_tokens} marked special are dropped as well).
     *
     * @throws ModelFormatException when the file cannot be read or has no {@code model.vocab} map
     */
    public static List<String> words(Path tokenizerJson) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(tokenizerJson.toFile());
        } catch (IOException e) {
            throw new ModelFormatException(tokenizerJson, "cannot read the tokenizer JSON", e);
        }
        JsonNode vocab = root.path("model").path("vocab");
        if (!vocab.isObject()) {
            throw new ModelFormatException(tokenizerJson, "has no 'model.vocab' object; expected a HuggingFace "
                    + "WordPiece tokenizer.json such as the one shipped with all-MiniLM-L6-v2");
        }
        Set<String> special = new HashSet<>();
        for (JsonNode added : root.path("added_tokens")) {
            if (added.path("special").asBoolean(false)) {
                special.add(added.path("content").asText());
            }
        }
        Map<Integer, String> byId = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : vocab.properties()) {
            if (!entry.getValue().canConvertToInt()) {
                throw new ModelFormatException(tokenizerJson, "model.vocab['" + entry.getKey() + "'] is "
                        + entry.getValue() + ", not a token id");
            }
            String word = entry.getKey();
            if (isWholeWord(word) && !special.contains(word)) {
                byId.put(entry.getValue().asInt(), word);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The whole vocabulary of {@code tokenizerJson} ({@link #words}) as a bootstrap source, embedded
     * by the model: run it with {@link BootstrapJob#run(io.neurograph.engine.Engine, Path, RecordSource,
     * BootstrapOptions, io.neurograph.engine.util.JobListener)}. The model is loaded only when words
     * remain to be embedded, so once the job is done a re-run answers from the data folder at once.
     * The job knows the source by the tokenizer's content and the word list, not by file paths.
     *
     * @param model    the sentence model's {@code .cgraph} (mini or full)
     * @param runtimes opens the model's runtime when the job embeds, e.g. {@code engine.models()::open}
     */
    public static RecordSource source(Path model, Path tokenizerJson, Function<Path, CapsuleRuntime> runtimes) {
        return source(model, tokenizerJson, words(tokenizerJson), runtimes);
    }

    /** As {@link #source(Path, Path, Function)} for a chosen list of words, embedded in that order. */
    public static RecordSource source(Path model, Path tokenizerJson, List<String> words,
            Function<Path, CapsuleRuntime> runtimes) {
        return new VocabularySource(model, tokenizerJson, List.copyOf(words), runtimes);
    }

    static boolean isWholeWord(String token) {
        if (token.codePointCount(0, token.length()) < MIN_LENGTH) {
            return false;
        }
        return token.codePoints().allMatch(Character::isLetter);
    }
}

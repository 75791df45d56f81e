package io.neurograph.engine.capsule.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal BERT WordPiece tokenizer over a HuggingFace tokenizer.json, only to produce the token-id
 * fixtures of the runtime tests: lowercase + accent stripping, split on whitespace and punctuation,
 * greedy longest-match with the "##" continuation prefix, [CLS] ... [SEP], truncation to 128 tokens.
 */
final class BertWordPiece {
    private static final int MAX_TOKENS = 128;
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocab = new HashMap<>();
    private final int cls;
    private final int sep;
    private final int unk;

    BertWordPiece(Path tokenizerJson) {
        try {
            JsonNode model = new ObjectMapper().readTree(tokenizerJson.toFile()).path("model");
            model.path("vocab").properties().forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cls = vocab.get("[CLS]");
        sep = vocab.get("[SEP]");
        unk = vocab.get("[UNK]");
    }

    long[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        ids.add(cls);
        for (String word : words(normalize(text))) {
            ids.addAll(wordPieces(word));
        }
        if (ids.size() > MAX_TOKENS - 1) {
            ids = new ArrayList<>(ids.subList(0, MAX_TOKENS - 1));
        }
        ids.add(sep);
        return ids.stream().mapToLong(Integer::longValue).toArray();
    }

    private static String normalize(String text) {
        StringBuilder clean = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xFFFD || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                return;
            }
            clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
        });
        String lower = clean.toString().toLowerCase(java.util.Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || isPunctuation(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (isPunctuation(c)) {
                    words.add(Character.toString(c));
                }
            } else {
                word.appendCodePoint(c);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private List<Integer> wordPieces(String word) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            return List.of(unk);
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            Integer id = null;
            int end = word.length();
            for (; end > start; end--) {
                id = vocab.get((start > 0 ? "##" : "") + word.substring(start, end));
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                return List.of(unk);
            }
            pieces.add(id);
            start = end;
        }
        return pieces;
    }
}

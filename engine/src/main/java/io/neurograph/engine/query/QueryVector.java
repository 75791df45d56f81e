package io.neurograph.engine.query;

import io.neurograph.engine.Engine;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.vector.VectorFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The vector a text is searched with, and how it was obtained. */
record QueryVector(String text, QuerySource source, float[] vector, long anchorTokenId, List<String> unknownWords) {

    static QueryVector of(String rawText, Engine engine, SemanticSpace space) {
        String text = rawText == null ? "" : rawText.strip();
        if (text.isEmpty()) {
            throw new QueryException("The query is empty: type a word or a sentence to search for");
        }
        String[] words = text.split("\\s+");
        if (words.length == 1) {
            Optional<Integer> row = rowOf(words[0], engine, space);
            if (row.isPresent()) {
                return new QueryVector(text, QuerySource.WORD, space.vectors().get(row.get()),
                        space.vectors().tokenId(row.get()), List.of());
            }
        }
        Optional<float[]> embedded = space.embed(text);
        if (embedded.isPresent()) {
            return new QueryVector(text, QuerySource.SENTENCE, embedded.get(), 0, List.of());
        }
        return average(text, words, engine, space);
    }

    /** Without a sentence model: the mean of the known words' unit vectors. */
    private static QueryVector average(String text, String[] words, Engine engine, SemanticSpace space) {
        float[] sum = new float[space.vectors().dimension()];
        List<String> unknown = new ArrayList<>();
        int known = 0;
        for (String word : words) {
            Optional<Integer> row = rowOf(word, engine, space);
            if (row.isEmpty()) {
                unknown.add(word);
                continue;
            }
            float[] v = space.vectors().get(row.get());
            double norm = VectorFile.norm(v);
            for (int i = 0; i < v.length && norm > 0; i++) {
                sum[i] += (float) (v[i] / norm);
            }
            known++;
        }
        if (known == 0) {
            throw new QueryException("None of the words of \"" + text + "\" is in the vocabulary ("
                    + space.vectors().count() + " words), and these vectors have no sentence model to embed"
                    + " free text: use words from the vocabulary, or bootstrap the default vocabulary"
                    + " (tiro bootstrap --default)");
        }
        return new QueryVector(text, QuerySource.WORD_AVERAGE, sum, 0, unknown);
    }

    /** The vector row of a word: its exact label first, then its lower-case form. */
    private static Optional<Integer> rowOf(String word, Engine engine, SemanticSpace space) {
        for (String form : List.of(word, word.toLowerCase(Locale.ROOT))) {
            Optional<Token> token = engine.tokens().findByLabel(form);
            if (token.isPresent()) {
                int row = space.vectors().rowOf(token.get().id());
                if (row >= 0) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }
}

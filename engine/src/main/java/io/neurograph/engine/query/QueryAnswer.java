package io.neurograph.engine.query;

import java.util.List;

/**
 * The answer to one query; {@code id} names it for feedback.
 *
 * @param anchorTokenId the query word's token for {@link QuerySource#WORD}, else 0
 * @param unknownWords  words of the text that the vocabulary lacks (ignored by {@link QuerySource#WORD_AVERAGE})
 */
public record QueryAnswer(String id, String text, QuerySource source, long anchorTokenId, List<String> unknownWords,
        List<QueryHit> hits, long micros) {
    public QueryAnswer {
        unknownWords = List.copyOf(unknownWords);
        hits = List.copyOf(hits);
    }
}

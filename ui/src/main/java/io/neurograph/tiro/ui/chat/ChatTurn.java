package io.neurograph.tiro.ui.chat;

import java.util.List;

/**
 * A question and the engine's answer.
 *
 * @param queryId      the engine's id of the query, for feedback
 * @param unknownWords words of the question the vocabulary lacks
 */
public record ChatTurn(String question, String queryId, List<String> unknownWords, List<ChatHit> hits) {
    public ChatTurn {
        unknownWords = List.copyOf(unknownWords);
        hits = List.copyOf(hits);
    }

    ChatTurn withHit(ChatHit hit) {
        return new ChatTurn(question, queryId, unknownWords,
                hits.stream().map(h -> h.rank() == hit.rank() ? hit : h).toList());
    }
}

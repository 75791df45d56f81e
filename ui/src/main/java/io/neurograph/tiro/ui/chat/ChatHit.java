package io.neurograph.tiro.ui.chat;

/**
 * One concept of an answer, as kept in a conversation.
 *
 * @param similarity cosine similarity to the question in the original (full-vector) space
 * @param l8Distance distance to the question's projection in L8 Abstract
 * @param vectorRank rank among the nearest vectors, 0 if only connections brought the concept in
 * @param path       the contributing path as "word —Type 0.80→ word …", empty if none
 * @param verdict    the feedback given: "positive", "negative", or null
 */
public record ChatHit(int rank, long tokenId, String label, float score, float similarity, float activation,
        float l8Distance, int vectorRank, String path, String verdict) {

    ChatHit withVerdict(boolean positive) {
        return new ChatHit(rank, tokenId, label, score, similarity, activation, l8Distance, vectorRank, path,
                positive ? "positive" : "negative");
    }
}

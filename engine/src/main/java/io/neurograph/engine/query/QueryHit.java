package io.neurograph.engine.query;

import java.util.List;

/**
 * One concept in an answer.
 *
 * @param score       what the answer is ranked by: similarity plus the weighted activation
 * @param similarity  cosine similarity to the query in the original (full-vector) space
 * @param activation  energy that spreading activation brought to the concept through connections
 * @param l8Distance  distance between the concept and the query's projection in L8 Abstract
 * @param vectorRank  1-based rank among the nearest vectors, 0 if only connections brought the concept in
 * @param path        the connections along which the strongest activation arrived (empty if none)
 */
public record QueryHit(int rank, long tokenId, String label, float score, float similarity, float activation,
        float l8Distance, int vectorRank, List<PathStep> path) {
    public QueryHit {
        path = List.copyOf(path);
    }
}

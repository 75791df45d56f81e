package io.neurograph.engine.query;

import java.util.List;

/**
 * What feedback on one result changed.
 *
 * @param changes     the connections that produced the result, with their confidence before and after
 * @param created     true if positive feedback on a result no connection had produced created one
 * @param experienceSequence the sequence number of the experience event that recorded the verdict
 */
public record FeedbackOutcome(String queryId, QueryHit result, boolean positive, List<ConnectionLearning> changes,
        boolean created, long experienceSequence) {
    public FeedbackOutcome {
        changes = List.copyOf(changes);
    }

    /** One connection's learning step. */
    public record ConnectionLearning(long connectionId, long from, long to, float confidenceBefore,
            float confidenceAfter, int evidence) {
    }
}

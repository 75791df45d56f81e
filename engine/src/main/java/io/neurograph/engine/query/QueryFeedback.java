package io.neurograph.engine.query;

import io.neurograph.engine.Engine;
import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.intuition.FeedbackResult;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.store.ConnectionRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Feedback on a result of a logged query. The connections along which activation brought the result learn
 * by the upstream rule (success +lr/255, failure −lr/510 confidence, evidence counted) and the verdict is
 * recorded as an experience event for the IntuitionEngine. Positive feedback on a result that only vector
 * similarity found grows a {@code SimilarTo} connection from the query word (or the best hit) to it, so the
 * association exists — and is felt — at the next query.
 */
public final class QueryFeedback {
    private final Engine engine;

    public QueryFeedback(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param result the result's rank (1 = first), its label, or {@code #tokenId}
     * @throws QueryException for an unknown query id or result
     */
    public FeedbackOutcome give(String queryId, String result, boolean positive) {
        String json = engine.queryLog().find(queryId).orElseThrow(() -> new QueryException("No query with id '"
                + queryId + "': use an id printed by `tiro query` (the newest queries are kept)"));
        QueryAnswer answer = QueryAnswerJson.read(queryId, json);
        QueryHit hit = find(answer, result);
        if (engine.tokens().get(hit.tokenId()).isEmpty()) {
            throw new QueryException("'" + hit.label() + "' (token " + hit.tokenId() + ") was deleted after query "
                    + queryId + " ran; run the query again");
        }
        // connections deleted since the query ran have nothing left to learn
        List<Long> path = hit.path().stream().map(PathStep::connectionId)
                .filter(id -> engine.connections().get(id).isPresent()).distinct().toList();
        boolean grown = false;
        if (path.isEmpty() && positive) {
            long anchor = answer.anchorTokenId() != 0 ? answer.anchorTokenId() : answer.hits().getFirst().tokenId();
            if (anchor != hit.tokenId() && engine.tokens().get(anchor).isPresent()) {
                List<ConnectionEntry> direct = engine.connections().between(anchor, hit.tokenId());
                grown = direct.isEmpty();
                path = List.of(grown ? grow(anchor, hit) : direct.getFirst().id());
            }
        }
        Map<Long, Float> before = new HashMap<>();
        path.forEach(id -> before.put(id, engine.connections().require(id).connection().confidence() / 255f));
        FeedbackResult recorded = engine.intuition().recordFeedback(number(queryId), hit.tokenId(),
                path.stream().mapToLong(Long::longValue).toArray(), positive);
        List<FeedbackOutcome.ConnectionLearning> changes = new ArrayList<>();
        for (ConnectionEntry after : recorded.connections()) {
            changes.add(new FeedbackOutcome.ConnectionLearning(after.id(), after.connection().tokenA(),
                    after.connection().tokenB(), before.getOrDefault(after.id(), Float.NaN),
                    after.connection().confidence() / 255f, after.connection().evidenceCount()));
        }
        return new FeedbackOutcome(queryId, hit, positive, changes, grown, recorded.event().sequenceNumber());
    }

    /** A new bidirectional SimilarTo connection whose confidence starts at the pair's cosine similarity. */
    private long grow(long anchor, QueryHit hit) {
        ConnectionRequest request = new ConnectionRequest(anchor, hit.tokenId(), ConnectionType.SIMILAR_TO.code(),
                Math.round(255 * Math.clamp(hit.similarity(), 0f, 1f)), ConnectionFlags.BIDIRECTIONAL);
        return engine.connections().createAll(List.of(request)).ids()[0];
    }

    /** The experience stream keys episodes by number: a query id is "q" and 8 hex digits. */
    static long number(String queryId) {
        return Long.parseLong(queryId.substring(1), 16);
    }

    private static QueryHit find(QueryAnswer answer, String result) {
        String wanted = result == null ? "" : result.strip();
        if (wanted.matches("\\d{1,4}")) {
            int rank = Integer.parseInt(wanted);
            if (rank >= 1 && rank <= answer.hits().size()) {
                return answer.hits().get(rank - 1);
            }
        }
        for (QueryHit hit : answer.hits()) {
            if (hit.label().equals(wanted) || ("#" + hit.tokenId()).equals(wanted)) {
                return hit;
            }
        }
        for (QueryHit hit : answer.hits()) {
            if (hit.label().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return hit;
            }
        }
        throw new QueryException("Query " + answer.id() + " (\"" + answer.text() + "\") has no result '" + wanted
                + "': give a rank 1…" + answer.hits().size() + " or one of "
                + answer.hits().stream().map(QueryHit::label).collect(Collectors.joining(", ")));
    }
}

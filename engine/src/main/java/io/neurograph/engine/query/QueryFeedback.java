package io.neurograph.engine.query;

import io.neurograph.engine.Engine;
import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.store.ConnectionNotFoundException;
import io.neurograph.engine.store.ConnectionOptions;
import io.neurograph.engine.store.ConnectionUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Feedback on a result of a logged query: the connections along which activation brought the result are
 * rewarded or punished by the upstream learning rule (success +lr/255, failure −lr/510 confidence, evidence
 * counted). Positive feedback on a result that only vector similarity found grows a new {@code SimilarTo}
 * connection from the query word (or the best hit) to it, so the association exists for the next query.
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
                + queryId + "': use an id printed by `tiro query` (the newest " + 10_000 + " are kept)"));
        QueryAnswer answer = QueryAnswerJson.read(queryId, json);
        QueryHit hit = find(answer, result);
        List<FeedbackOutcome.ConnectionLearning> changes = new ArrayList<>();
        for (PathStep step : hit.path()) {
            learn(step.connectionId(), positive).ifPresent(changes::add);
        }
        boolean created = false;
        if (changes.isEmpty() && positive) {
            long anchor = answer.anchorTokenId() != 0 ? answer.anchorTokenId() : answer.hits().getFirst().tokenId();
            if (anchor != hit.tokenId() && engine.tokens().get(hit.tokenId()).isPresent()) {
                ConnectionEntry grown = engine.connections().create(anchor, hit.tokenId(),
                        ConnectionType.SIMILAR_TO.code(), ConnectionOptions.withFlags(ConnectionFlags.BIDIRECTIONAL));
                engine.connections().update(grown.id(), ConnectionUpdate.builder()
                        .confidence(Math.max(0f, hit.similarity())).build());
                learn(grown.id(), true).ifPresent(changes::add);
                created = true;
            }
        }
        return new FeedbackOutcome(queryId, hit, positive, changes, created);
    }

    private Optional<FeedbackOutcome.ConnectionLearning> learn(long connectionId, boolean positive) {
        try {
            ConnectionEntry before = engine.connections().require(connectionId);
            ConnectionEntry after = engine.connections().feedback(connectionId, positive);
            return Optional.of(new FeedbackOutcome.ConnectionLearning(connectionId,
                    before.connection().tokenA(), before.connection().tokenB(), before.connection().confidence() / 255f,
                    after.connection().confidence() / 255f, after.connection().evidenceCount()));
        } catch (ConnectionNotFoundException deleted) {
            return Optional.empty(); // removed since the query ran: nothing left to teach
        }
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

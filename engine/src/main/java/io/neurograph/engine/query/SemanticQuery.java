package io.neurograph.engine.query;

import io.neurograph.engine.Engine;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.graph.AccumulationMode;
import io.neurograph.engine.graph.ActivatedNode;
import io.neurograph.engine.graph.SignalConfig;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.vector.Metric;
import io.neurograph.engine.vector.VectorMatch;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers text with concepts. The query becomes a vector (a known word's own vector, else the sentence
 * model's embedding, else the mean of the known words' vectors); the nearest concepts by cosine on the full
 * vectors are the candidates; spreading activation from the query word — or from the best candidates —
 * through the connections adds related concepts and re-ranks: score = similarity + {@value #ACTIVATION_WEIGHT}
 * · activation. Learned connection confidence therefore moves results, which is how feedback is felt.
 * Every answer is logged under a fresh id for {@link QueryFeedback}.
 */
public final class SemanticQuery {
    public static final int DEFAULT_K = 10;
    public static final int MAX_K = 1000;
    static final float ACTIVATION_WEIGHT = 0.5f;
    /** Candidates fetched from the index per result asked for, so activation has room to re-rank. */
    private static final int CANDIDATE_FACTOR = 3;
    /** Best candidates that spread activation when there is no query word. */
    private static final int SEEDS = 3;
    /**
     * Two hops (neighbours and theirs; further is noise in a k-nearest weave), and MAX accumulation: a
     * concept's activation is its strongest path's energy, at most 1, so it does not saturate in dense
     * clusters and each learned confidence on the path moves it.
     */
    private static final SignalConfig SPREAD = new SignalConfig(0.01f, 0.2f, 2, 0.01f, AccumulationMode.MAX);
    private static final SecureRandom IDS = new SecureRandom();

    private final Engine engine;
    private final SemanticSpace space;

    public SemanticQuery(Engine engine, SemanticSpace space) {
        this.engine = engine;
        this.space = space;
    }

    /**
     * @param k results wanted, 1 … {@value #MAX_K}
     * @throws QueryException for empty text or text with no known word and no sentence model
     */
    public QueryAnswer ask(String text, int k) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be 1 … " + MAX_K + ", got " + k);
        }
        long start = System.nanoTime();
        QueryVector query = QueryVector.of(text, engine, space);
        int anchorRow = query.anchorTokenId() == 0 ? -1 : space.vectors().rowOf(query.anchorTokenId());
        List<VectorMatch> nearest = space.index().searchExcluding(query.vector(), k * CANDIDATE_FACTOR,
                Metric.COSINE, anchorRow);
        Map<Long, Candidate> pool = new HashMap<>();
        for (int i = 0; i < nearest.size(); i++) {
            VectorMatch m = nearest.get(i);
            pool.put(m.tokenId(), new Candidate(m.tokenId(), m.row(), m.score(), i + 1));
        }
        spread(query, nearest, pool);
        float[] queryL8 = new float[3];
        space.pca().placeInAbstract(query.vector(), queryL8, 0);
        List<Candidate> ranked = pool.values().stream()
                .filter(c -> c.tokenId != query.anchorTokenId())
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparingLong(c -> c.tokenId))
                .limit(k).toList();
        List<QueryHit> hits = new ArrayList<>(ranked.size());
        for (Candidate c : ranked) {
            hits.add(hit(hits.size() + 1, c, queryL8));
        }
        QueryAnswer answer = new QueryAnswer(newId(), query.text(), query.source(), query.anchorTokenId(),
                query.unknownWords(), hits, (System.nanoTime() - start) / 1000);
        engine.queryLog().answered(answer.micros());
        engine.queryLog().save(answer.id(), QueryAnswerJson.write(answer));
        return answer;
    }

    /** Adds activation from the query word, or from the best candidates, to the pool (new concepts included). */
    private void spread(QueryVector query, List<VectorMatch> nearest, Map<Long, Candidate> pool) {
        List<Seed> seeds = query.anchorTokenId() != 0 ? List.of(new Seed(query.anchorTokenId(), 1f))
                : nearest.stream().limit(SEEDS).map(m -> new Seed(m.tokenId(), Math.max(0f, m.score()))).toList();
        for (Seed seed : seeds) {
            if (!(seed.energy > 0) || !engine.graph().containsNode(seed.tokenId)) {
                continue;
            }
            for (ActivatedNode node : engine.graph().spreadingActivation(seed.tokenId, seed.energy, SPREAD)
                    .activated()) {
                Candidate c = pool.get(node.node());
                if (c == null) {
                    int row = space.vectors().rowOf(node.node());
                    if (row < 0) {
                        continue; // a concept without a vector (made by hand) cannot be compared
                    }
                    c = new Candidate(node.node(), row, space.cosine(query.vector(), row), 0);
                    pool.put(node.node(), c);
                }
                c.receive(node.energy(), node.path());
            }
        }
    }

    private record Seed(long tokenId, float energy) {
    }

    private QueryHit hit(int rank, Candidate c, float[] queryL8) {
        Optional<Token> token = engine.tokens().get(c.tokenId);
        float l8 = token.map(t -> distance(t.coordinates(CoordinateSpace.L8_ABSTRACT), queryL8)).orElse(Float.NaN);
        String label = engine.tokens().label(c.tokenId).orElse("#" + c.tokenId);
        return new QueryHit(rank, c.tokenId, label, (float) c.score(), c.similarity, c.activation, l8, c.vectorRank,
                steps(c.path));
    }

    /** The connections between consecutive nodes of an activation path (the strongest when several). */
    private List<PathStep> steps(List<Long> path) {
        List<PathStep> steps = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            long from = path.get(i);
            long to = path.get(i + 1);
            engine.connections().between(from, to).stream()
                    .max(Comparator.comparingInt(e -> e.connection().confidence()))
                    .ifPresent(e -> steps.add(step(from, to, e)));
        }
        return steps;
    }

    private static PathStep step(long from, long to, ConnectionEntry e) {
        return new PathStep(from, to, e.id(), ConnectionType.of(e.connection().type()).title(),
                e.connection().confidence() / 255f);
    }

    private static float distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return (float) Math.sqrt(sum);
    }

    private static String newId() {
        byte[] bytes = new byte[4];
        IDS.nextBytes(bytes);
        return "q" + HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
    }

    /** A concept being ranked; its activation and path are those of the strongest arrival. */
    private static final class Candidate {
        final long tokenId;
        final int row;
        final float similarity;
        final int vectorRank;
        float activation;
        List<Long> path = List.of();

        Candidate(long tokenId, int row, float similarity, int vectorRank) {
            this.tokenId = tokenId;
            this.row = row;
            this.similarity = similarity;
            this.vectorRank = vectorRank;
        }

        /** Keeps the strongest arrival over all seeds. */
        void receive(float energy, List<Long> arrivalPath) {
            if (energy > activation) {
                activation = energy;
                path = arrivalPath;
            }
        }

        double score() {
            return similarity + ACTIVATION_WEIGHT * activation;
        }
    }
}

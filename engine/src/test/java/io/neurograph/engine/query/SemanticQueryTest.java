package io.neurograph.engine.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.BootstrapOptions;
import io.neurograph.engine.bootstrap.PlantedWords;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorEncoding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticQueryTest {
    private static final PlantedWords WORDS = PlantedWords.of(6, 40, 24, 7);   // 240 words, 6 clusters

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void bootstrap() throws Exception {
        data = dir.resolve("data");
        Path glove = WORDS.writeGlove(dir.resolve("planted.txt"));
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            BootstrapJob.run(engine, data, glove, new BootstrapOptions(0, 5, false, VectorEncoding.FLOAT32,
                    IndexMode.EXACT, 100, false), JobListener.NONE);
        }
    }

    private QueryAnswer ask(String text, int k) throws Exception {
        try (Engine engine = Engine.open(EngineConfig.at(data));
             SemanticSpace space = SemanticSpace.open(data, null, 2, JobListener.NONE)) {
            return new SemanticQuery(engine, space).ask(text, k);
        }
    }

    private FeedbackOutcome feedback(String id, String result, boolean positive) {
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            return new QueryFeedback(engine).give(id, result, positive);
        }
    }

    @Test
    void aKnownWordFindsItsClusterWithScoresDistancesAndPaths() throws Exception {
        QueryAnswer a = ask("c2w0", 10);

        assertThat(a.source()).isEqualTo(QuerySource.WORD);
        assertThat(a.id()).matches("q[0-9a-f]{8}");
        assertThat(a.hits()).hasSize(10).allSatisfy(h -> {
            assertThat(PlantedWords.clusterOf(h.label())).isEqualTo("c2");
            assertThat(h.similarity()).isBetween(0.5f, 1f);
            assertThat(h.l8Distance()).isFinite().isNotNegative();
        });
        assertThat(a.hits()).extracting(QueryHit::label).doesNotContain("c2w0");
        assertThat(a.hits()).extracting(QueryHit::score).isSortedAccordingTo((x, y) -> Float.compare(y, x));
        QueryHit first = a.hits().getFirst();
        assertThat(first.vectorRank()).isPositive();
        assertThat(first.activation()).isPositive(); // woven SimilarTo connections carried energy from the word
        assertThat(first.path()).isNotEmpty();
        assertThat(first.path().getFirst().type()).isEqualTo("SimilarTo");
    }

    @Test
    void severalWordsWithoutASentenceModelUseTheMeanOfTheKnownOnes() throws Exception {
        QueryAnswer a = ask("c4w1 c4w2 nosuchword", 5);

        assertThat(a.source()).isEqualTo(QuerySource.WORD_AVERAGE);
        assertThat(a.unknownWords()).containsExactly("nosuchword");
        assertThat(a.hits()).allSatisfy(h -> assertThat(PlantedWords.clusterOf(h.label())).isEqualTo("c4"));
    }

    @Test
    void emptyAndUnknownQueriesSayWhatToDo() {
        assertThatThrownBy(() -> ask("   ", 10)).isInstanceOf(QueryException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ask("zebra giraffe", 10)).isInstanceOf(QueryException.class)
                .hasMessageContaining("None of the words").hasMessageContaining("tiro bootstrap --default");
        assertThatThrownBy(() -> SemanticSpace.open(dir.resolve("empty"), null, 2, JobListener.NONE))
                .isInstanceOf(QueryException.class).hasMessageContaining("bootstrap");
    }

    @Test
    void negativeFeedbackPushesAResultDownAndPositiveFeedbackPullsOneUp() throws Exception {
        QueryAnswer before = ask("c1w3", 10);
        String top = before.hits().getFirst().label();
        String last = before.hits().getLast().label();

        for (int i = 0; i < 4; i++) {
            FeedbackOutcome o = feedback(before.id(), top, false);
            assertThat(o.changes()).isNotEmpty().allSatisfy(c ->
                    assertThat(c.confidenceAfter()).isLessThan(c.confidenceBefore()));
            feedback(before.id(), last, true);
        }

        List<String> after = ask("c1w3", 10).hits().stream().map(QueryHit::label).toList();
        assertThat(after.indexOf(top)).as("rank of %s after negative feedback", top).isNotZero(); // lower, or out of the top 10
        assertThat(after.indexOf(last)).isBetween(0, before.hits().size() - 2);
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            assertThat(engine.intuition().stats().experience().negativeFeedback()).isEqualTo(4);
            assertThat(engine.intuition().stats().experience().positiveFeedback()).isEqualTo(4);
        }
    }

    @Test
    void feedbackNamesTheQueryOrResultItCannotFind() throws Exception {
        QueryAnswer a = ask("c0w0", 3);

        assertThatThrownBy(() -> feedback("q00000000", "1", true)).isInstanceOf(QueryException.class)
                .hasMessageContaining("No query with id 'q00000000'");
        assertThatThrownBy(() -> feedback(a.id(), "c5w5", true)).isInstanceOf(QueryException.class)
                .hasMessageContaining("has no result 'c5w5'").hasMessageContaining(a.hits().getFirst().label());
        assertThat(feedback(a.id(), "2", true).result()).isEqualTo(a.hits().get(1));
    }
}

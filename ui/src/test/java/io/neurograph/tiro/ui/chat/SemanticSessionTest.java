package io.neurograph.tiro.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.Engine;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.BootstrapOptions;
import io.neurograph.engine.query.QueryException;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorEncoding;
import io.neurograph.tiro.ui.bootstrap.PlantedGlove;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chat's space follows the data folder: a bootstrap finished after it was opened replaces it. */
class SemanticSessionTest {
    @TempDir
    Path dir;

    @Test
    void aBootstrapFinishedLaterIsUsedByTheNextQuestion() throws Exception {
        try (Engine engine = PlantedEngine.open(dir); SemanticSession session = new SemanticSession(engine)) {
            assertThat(session.open()).isTrue();
            assertThatThrownBy(() -> session.ask("c11w0", 5)).isInstanceOf(QueryException.class)
                    .hasMessageContaining("(200 words)");

            Path bigger = PlantedGlove.write(dir.resolve("bigger.txt"), 12, 20, 16, 8);
            BootstrapJob.run(engine, engine.config().dataDir(), bigger, new BootstrapOptions(0, 5, false,
                    VectorEncoding.FLOAT32, IndexMode.EXACT, 1000, true), JobListener.NONE);

            assertThat(session.open()).isTrue();
            ChatTurn turn = session.ask("c11w0", 5);
            assertThat(turn.unknownWords()).isEmpty();
            assertThat(turn.hits()).first().satisfies(hit -> assertThat(hit.label()).startsWith("c11w"));
        }
    }
}

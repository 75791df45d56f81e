package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLogTest {
    @TempDir
    Path dir;

    @Test
    void anAnswerSavedInOneSessionIsFoundInTheNext() {
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            engine.queryLog().save("q1", "{\"text\":\"dog\"}");
            assertThat(engine.queryLog().find("q1")).contains("{\"text\":\"dog\"}");
        }
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            assertThat(engine.queryLog().find("q1")).contains("{\"text\":\"dog\"}");
            assertThat(engine.queryLog().find("q2")).isEmpty();
        }
    }

    @Test
    void anInMemoryEngineRemembersRecentQueries() {
        try (Engine engine = Engine.open(EngineConfig.inMemory())) {
            engine.queryLog().save("q1", "{}");
            assertThat(engine.queryLog().find("q1")).contains("{}");
        }
    }

    @Test
    void timingsKeepTheCountAndTheNewestLatenciesOldestFirst() {
        try (Engine engine = Engine.open(EngineConfig.inMemory())) {
            for (long micros = 1; micros <= 1030; micros++) {
                engine.queryLog().answered(micros);
            }
            QueryTimings timings = engine.queryLog().timings();
            assertThat(timings.answered()).isEqualTo(1030);
            assertThat(timings.recentMicros()).hasSize(1024).startsWith(7, 8).endsWith(1029, 1030);
        }
    }
}

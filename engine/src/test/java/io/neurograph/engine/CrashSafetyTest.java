package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.token.Token;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a writing child JVM and checks that everything it reported as committed survived. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void everyReportedBatchSurvivesAKill() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long lastReported;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<Long> reported = new ArrayList<>();
            String line;
            while (reported.size() < 5 && (line = out.readLine()) != null) {
                reported.add(Long.parseLong(line.trim()));
            }
            assertThat(reported).as("the child reported committed batches").hasSize(5);
            lastReported = reported.getLast();
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }

        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            long count = engine.tokens().count();
            assertThat(count).isGreaterThanOrEqualTo(lastReported);
            assertThat(count % CrashWriterMain.BATCH).isZero();
            List<Token> all = engine.tokens().list(Math.toIntExact(count), 0);
            for (int i = 0; i < all.size(); i++) {
                Token t = all.get(i);
                assertThat(t.id()).isEqualTo(i + 1L);
                assertThat(t.weight()).isEqualTo(0.5f);
                assertThat(t.fieldRadiusRaw()).isEqualTo(7);
            }
        }
    }
}

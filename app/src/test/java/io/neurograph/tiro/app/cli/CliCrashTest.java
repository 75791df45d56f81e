package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.EntityType;
import io.neurograph.engine.token.Token;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code tiro token create --count} child JVM in the middle of its run and checks that
 * the data folder holds exactly the committed batches, each token intact.
 */
class CliCrashTest {
    private static final Pattern COMMITTED = Pattern.compile("committed up to token (\\d+)");
    private static final int BATCH = 1000;
    private static final int LINES_BEFORE_KILL = 3;

    @TempDir
    Path dataDir;

    @Test
    void killedBulkCreateLeavesWholeCommittedBatches() throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin.toString(), "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "io.neurograph.tiro.app.Main", "--data-dir", dataDir.toString(), "token", "create",
                "--count", "2000000", "--batch-size", Integer.toString(BATCH), "--weight", "0.5",
                "--entity", "concept", "--space", "L1", "--xyz", "1,2,3"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        long lastReported;
        try {
            lastReported = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> readUntilCommitted(child));
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
        }
        assertThat(lastReported).isPositive();

        System.out.printf("child killed after reporting token %d%n", lastReported);
        // the CLI reopens the folder and sees the committed tokens
        CliTestSupport.Result count = CliTestSupport.runRaw(CliTestSupport.NO_DESKTOP, "--data-dir", dataDir.toString(), "token",
                "count");
        assertThat(count.exit()).as("%s", count).isZero();
        long n = Long.parseLong(count.out().strip());
        assertThat(n).isGreaterThanOrEqualTo(lastReported);
        System.out.printf("data folder holds %d tokens after the kill%n", n);
        assertThat(n % BATCH).as("whole batches only, got %d tokens", n).isZero();

        try (Engine engine = Engine.open(EngineConfig.at(dataDir))) {
            assertThat(engine.tokens().count()).isEqualTo(n);
            Token first = engine.tokens().require(1);
            assertThat(first.weight()).isEqualTo(0.5f);
            assertThat(first.entityType()).isEqualTo(EntityType.CONCEPT);
            assertThat(first.coordinates(CoordinateSpace.L1_PHYSICAL)).containsExactly(1f, 2f, 3f);
            for (long id = 1; id <= n; id++) {
                Token t = engine.tokens().get(id).orElseThrow(() -> new AssertionError("token missing"));
                assertThat(t.id()).isEqualTo(id);
                if (t.weight() != first.weight() || t.flags() != first.flags()
                        || t.timestamp() != first.timestamp() || t.fieldRadius() != first.fieldRadius()
                        || !Arrays.equals(t.rawCoordinates(), first.rawCoordinates())) {
                    throw new AssertionError("token " + id + " differs from token 1: " + t + " vs " + first);
                }
            }
            assertThat(engine.tokens().get(n + 1)).isEmpty();
            // the folder stays writable: the next id follows the last committed one
            assertThat(engine.tokens().create(Token.builder().build(), null).id()).isEqualTo(n + 1);
        }
    }

    /** Reads the child's stderr until it reported {@link #LINES_BEFORE_KILL} committed batches. */
    private static long readUntilCommitted(Process child) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder other = new StringBuilder();
        long last = 0;
        int seen = 0;
        String line;
        while (seen < LINES_BEFORE_KILL && (line = err.readLine()) != null) {
            Matcher m = COMMITTED.matcher(line);
            if (m.matches()) {
                last = Long.parseLong(m.group(1));
                seen++;
            } else {
                other.append(line).append('\n');
            }
        }
        assertThat(seen).as("committed lines before the child ended; other stderr:%n%s", other)
                .isEqualTo(LINES_BEFORE_KILL);
        return last;
    }
}

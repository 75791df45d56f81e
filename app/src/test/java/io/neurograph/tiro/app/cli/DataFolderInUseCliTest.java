package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * While an engine (the desktop app, say) holds the data folder, even one that has not written anything yet, a
 * {@code tiro} command on it is refused at open with one line and exit 1: no output, no stack trace.
 */
class DataFolderInUseCliTest extends CliTestSupport {
    @Test
    void aCommandInAnotherProcessIsRefusedWithOneLine() throws Exception {
        try (Engine desktop = Engine.open(EngineConfig.at(dataDir))) {
            for (List<String> command : List.of(List.of("status"), List.of("token", "create", "--label", "zz"))) {
                Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
                List<String> all = new java.util.ArrayList<>(List.of(javaBin.toString(),
                        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                        "io.neurograph.tiro.app.Main", "--data-dir", dataDir.toString()));
                all.addAll(command);
                Process child = new ProcessBuilder(all).start();
                child.getOutputStream().close();
                String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                Result r = new Result(child.exitValue(), out, err);
                assertThat(r.exit()).as("%s", r).isEqualTo(TiroCli.EXIT_ERROR);
                assertThat(r.out()).as("%s", r).isEmpty();
                assertThat(r.errLines()).as("%s", r).containsExactly("tiro: " + dataDir.toAbsolutePath()
                        + " is in use by another Tiro process (it holds the lock on tiro.lock; close the Tiro window"
                        + " or command using it and try again)");
            }
            assertThat(desktop.tokens().count()).isZero();
        }
        assertThat(ok("token", "create", "--label", "zz").out()).isNotEmpty();
    }

    @Test
    void aCommandInThisProcessIsRefusedWithOneLine() {
        try (Engine desktop = Engine.open(EngineConfig.at(dataDir))) {
            Result r = fails(TiroCli.EXIT_ERROR, "status");
            assertThat(r.err()).contains(" is in use by another Tiro process (").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
    }
}

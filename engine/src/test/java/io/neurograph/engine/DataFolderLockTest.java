package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.store.DataFolderInUseException;
import io.neurograph.engine.token.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One data folder, one Tiro process: a second engine is refused at open, in another JVM and in this one. */
class DataFolderLockTest {
    @TempDir
    Path dir;

    private Process child() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), DataFolderLockMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String firstLine(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return String.valueOf(out.readLine());
    }

    @Test
    void anotherProcessIsRefusedWhileThisOneHoldsTheFolderWithoutHavingWritten() throws Exception {
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            Process p = child();
            try {
                assertThat(firstLine(p)).startsWith("refused " + dir + " is in use by another Tiro process (");
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                p.destroyForcibly();
            }
            // this engine is unaffected and can write
            assertThat(engine.tokens().create(Token.builder().build(), "mine").id()).isEqualTo(1);
        }
        // released on close: another process can open the folder now
        Process p = child();
        try (Writer in = p.outputWriter()) {
            assertThat(firstLine(p)).isEqualTo("opened");
        } finally {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            p.destroyForcibly();
        }
    }

    @Test
    void thisProcessIsRefusedWhileAnotherHoldsTheFolder() throws Exception {
        Process p = child();
        try {
            assertThat(firstLine(p)).isEqualTo("opened");
            assertThatThrownBy(() -> Engine.open(EngineConfig.at(dir))).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageStartingWith(dir + " is in use by another Tiro process (")
                    .hasMessageContaining("tiro.lock");
            try (Writer in = p.outputWriter()) {
                in.write("close\n");
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            assertThat(engine.tokens().count()).isZero();
        }
    }

    @Test
    void aSecondEngineInThisJvmIsRefusedAndTheFirstKeepsItsLock() throws Exception {
        try (Engine first = Engine.open(EngineConfig.at(dir))) {
            assertThatThrownBy(() -> Engine.open(EngineConfig.at(dir))).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageStartingWith(dir + " is in use by another Tiro process (");
            // the refused attempt did not release the first engine's OS lock
            Process p = child();
            try {
                assertThat(firstLine(p)).startsWith("refused ");
            } finally {
                p.destroyForcibly();
                p.waitFor();
            }
            first.tokens().create(Token.builder().build(), null);
        }
        assertThat(Files.exists(dir.resolve("tiro.lock"))).as("the lock file stays").isTrue();
        try (Engine again = Engine.open(EngineConfig.at(dir))) {
            assertThat(again.tokens().count()).isEqualTo(1);
        }
    }
}

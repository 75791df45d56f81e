package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Global behaviour: status, metrics, global options, help, usage errors, the desktop entry. */
class CliTest extends CliTestSupport {

    @Test
    void statusHumanAndJson() {
        ok("token", "create", "--label", "a");
        ok("token", "create", "--label", "b");
        ok("connection", "create", "1", "2");

        Result human = ok("status");
        assertThat(human.out()).contains("Engine       RUNNING", "Data folder  " + dataDir, "Tokens       2",
                "Connections  1", "CDNA         ", "Quarantine   none", "Heap ");

        JsonNode s = json("status");
        assertThat(s.get("state").asText()).isEqualTo("RUNNING");
        // a plain path, not a file: URI
        assertThat(Path.of(s.get("dataDir").asText())).isEqualTo(dataDir.toAbsolutePath().normalize());
        assertThat(s.get("tokenCount").asLong()).isEqualTo(2);
        assertThat(s.get("connectionCount").asLong()).isEqualTo(1);
        assertThat(s.get("nextTokenId").asLong()).isEqualTo(3);
        assertThat(s.get("cdnaProfile").asText()).isEqualToIgnoringCase("default");
        assertThat(s.get("quarantineActive").asBoolean()).isFalse();
        assertThat(s.get("cdnaHistorySize").asInt()).isZero();
        assertThat(s.get("heapMaxBytes").asLong()).isPositive();
    }

    @Test
    void metricsInThePrometheusFormat() {
        ok("token", "create");
        String text = ok("metrics").out();
        assertThat(text).contains("# TYPE neurograph_tokens_active gauge", "neurograph_tokens_active 1.0");
        // --json has no meaning for metrics: the output stays the text format
        assertThat(ok("--json", "metrics").out()).contains("# HELP ");
    }

    @Test
    void globalOptionsWorkAfterTheSubcommandToo() {
        Result r = runRaw(NO_DESKTOP, "token", "create", "--label", "x", "--json", "--data-dir", dataDir.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.json().get("label").asText()).isEqualTo("x");
        assertThat(ok("token", "count").out().strip()).isEqualTo("1");
    }

    @Test
    void stateSurvivesManyInvocations() {
        for (int i = 1; i <= 5; i++) {
            ok("token", "create", "--label", "t" + i);
        }
        ok("connection", "create", "1", "5");
        ok("cdna", "profile", "explorer");
        ok("token", "delete", "3");
        JsonNode s = json("status");
        assertThat(s.get("tokenCount").asLong()).isEqualTo(4);
        assertThat(s.get("connectionCount").asLong()).isEqualTo(1);
        assertThat(s.get("cdnaProfile").asText()).isEqualToIgnoringCase("explorer");
        assertThat(json("token", "get", "5").get("label").asText()).isEqualTo("t5");
        assertThat(json("token", "create").get("id").asLong()).isEqualTo(6);
    }

    @Test
    void helpVersionAndUsageErrors() {
        Result help = ok("--help");
        assertThat(help.out()).contains("Usage: tiro", "token", "connection", "grid", "graph", "cdna", "metrics");
        assertThat(ok("token", "--help").out()).contains("create", "clear");
        assertThat(ok("token", "create", "--help").out()).contains("--count", "--batch-size");
        assertThat(ok("cdna", "quarantine", "start", "--help").out()).contains("--duration");
        assertThat(ok("--version").out()).isNotBlank();

        assertThat(fails(2, "bogus").err()).contains("bogus");
        assertThat(fails(2, "token", "create", "--xyzzy").err()).contains("--xyzzy");
        // a group without a subcommand is a usage error
        fails(2, "token");
    }

    @Test
    void noSubcommandOpensTheDesktopEntry() {
        AtomicReference<Path> seen = new AtomicReference<>();
        Result r = runRaw(session -> {
            seen.set(session.dataDirOption());
            return 0;
        }, "--data-dir", dataDir.toString());
        assertThat(r.exit()).isZero();
        assertThat(seen.get()).isEqualTo(dataDir);
    }

    @Test
    void aDataFolderThatIsAFileIsAnError() throws Exception {
        Path file = java.nio.file.Files.writeString(dataDir.resolve("plain-file"), "x");
        Result r = runRaw(NO_DESKTOP, "--data-dir", file.toString(), "status");
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).startsWith("tiro: ").contains("is a file, not a folder");
    }
}

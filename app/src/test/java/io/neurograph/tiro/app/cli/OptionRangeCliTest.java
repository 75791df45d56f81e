package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option values out of range are usage errors: exit 2, the message and the usage text, no stack trace. */
class OptionRangeCliTest extends CliTestSupport {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "query dog --k 0|--k must be 1 … 1000, got 0",
        "query dog --k -3|--k must be 1 … 1000, got -3",
        "query dog --k 1001|--k must be 1 … 1000, got 1001",
        "bootstrap --default --k 0|--k must be 1 … 1000, got 0",
        "bootstrap --default --limit -1|--limit must be at least 0",
        "connection list --limit -1|--limit and --offset must not be negative",
        "connection list --offset -1|--limit and --offset must not be negative",
        "graph activate 1 --depth 0|--depth must be at least 1",
        "graph activate 1 --energy -1|--energy must be a finite number ≥ 0",
        "graph neighborhood 1 --hops -1|--hops must not be negative",
        "grid neighbors 1 --space L1 --radius -1|--radius must be a finite number ≥ 0",
        "grid neighbors 1 --space L1 --radius 1 --max 0|--max must be at least 1",
        "grid range --space L1 --xyz 0,0,0 --radius -1|--radius must be a finite number ≥ 0",
        "grid density --space L1 --xyz 0,0,0 --radius 0|--radius must be a finite number > 0",
        "cdna quarantine start --profile explorer --duration 0|--duration must be at least 1 second",
    })
    void outOfRangeIsAUsageError(String command, String message) {
        Result r = fails(2, command.split(" "));
        assertThat(r.err()).contains(message).contains("Usage: tiro").doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }
}

package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesktopOnlyTest {
    @Test
    void onlyTheBareCommandAndTheDataFolderOpenTheDesktopDirectly() {
        assertThat(TiroCli.DesktopOnly.of(new String[0])).contains(new TiroCli.DesktopOnly(null));
        assertThat(TiroCli.DesktopOnly.of(new String[] {"--data-dir=/tmp/a"}))
                .contains(new TiroCli.DesktopOnly(Path.of("/tmp/a")));
        assertThat(TiroCli.DesktopOnly.of(new String[] {"--data-dir", "/tmp/b"}))
                .contains(new TiroCli.DesktopOnly(Path.of("/tmp/b")));
        for (String[] other : new String[][] {{"status"}, {"--help"}, {"--data-dir"}, {"--data-dir="},
            {"--data-dir", "--help"}, {"--data-dir=/tmp/a", "status"}, {"--json"}}) {
            assertThat(TiroCli.DesktopOnly.of(other)).as(String.join(" ", other)).isEmpty();
        }
    }
}

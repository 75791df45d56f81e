package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @TempDir
    Path home;

    @Test
    void optionWinsOverEnvironmentAndIsCreated() {
        Path chosen = DataDirectory.resolve(home.resolve("opt").toString(),
                Map.of("TIRO_HOME", home.resolve("env").toString()), "Linux", home.toString());
        assertThat(chosen).isEqualTo(home.resolve("opt"));
        assertThat(chosen).isDirectory();
    }

    @Test
    void tiroHomeWinsOverTheOsConvention() {
        assertThat(DataDirectory.resolve(null, Map.of("TIRO_HOME", home.resolve("env").toString()), "Linux",
                home.toString())).isEqualTo(home.resolve("env"));
    }

    @Test
    void theLocationFileWinsOverTheOsConventionButNotOverTiroHome() throws IOException {
        Path config = Files.createDirectories(home.resolve("cfg/tiro"));
        Files.writeString(config.resolve(DataDirectory.LOCATION_FILE), home.resolve("moved") + "\n");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString());
        assertThat(DataDirectory.configDir(env, "Linux", home.toString())).isEqualTo(config);
        assertThat(DataDirectory.resolve(null, env, "Linux", home.toString())).isEqualTo(home.resolve("moved"));
        Map<String, String> withHome = Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString(),
                "TIRO_HOME", home.resolve("env").toString());
        assertThat(DataDirectory.resolve(null, withHome, "Linux", home.toString())).isEqualTo(home.resolve("env"));
    }

    @Test
    void osConventions() {
        String h = home.toString();
        assertThat(DataDirectory.resolve("", Map.of(), "Linux", h)).isEqualTo(home.resolve(".local/share/tiro"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", home.resolve("xdg").toString()), "Linux", h))
                .isEqualTo(home.resolve("xdg/tiro"));
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", home.resolve("roaming").toString()), "Windows 11", h))
                .isEqualTo(home.resolve("roaming").resolve("Tiro"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", h))
                .isEqualTo(home.resolve("Library").resolve("Application Support").resolve("Tiro"));
    }

    @Test
    void aFileInPlaceOfTheFolderIsAClearError() throws IOException {
        Path file = Files.writeString(home.resolve("notes"), "x");
        assertThatThrownBy(() -> DataDirectory.resolve(file.toString(), Map.of(), "Linux", home.toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("is a file");
    }
}

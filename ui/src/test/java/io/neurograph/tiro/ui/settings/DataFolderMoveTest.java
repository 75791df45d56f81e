package io.neurograph.tiro.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.DataDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copy, verify, switch and roll back on real temporary folders. */
class DataFolderMoveTest {
    @TempDir
    Path home;
    private Path source;
    private Path config;

    @BeforeEach
    void dataFolder() throws IOException {
        source = Files.createDirectories(home.resolve("old"));
        Files.write(source.resolve("tiro.db"), new byte[200_000]);
        Files.writeString(Files.createDirectories(source.resolve("cdna-edits")).resolve("a.json"), "{}");
        Files.writeString(source.resolve("ui.properties"), "tab=CDNA\n");
        config = home.resolve("config/tiro");
    }

    @Test
    void copiesVerifiesAndSwitchesThePointerThatDataDirectoryFollows() throws IOException {
        Path target = home.resolve("new place");

        int files = new DataFolderMove(config).move(source, target);

        assertThat(files).isEqualTo(3);
        assertThat(Files.readAllBytes(target.resolve("tiro.db"))).hasSize(200_000);
        assertThat(target.resolve("cdna-edits/a.json")).hasContent("{}");
        assertThat(source.resolve("tiro.db")).exists();
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", home.resolve("config").toString());
        assertThat(DataDirectory.resolve(null, env, "Linux", home.toString())).isEqualTo(target);
    }

    @Test
    void aCopyThatDiffersRollsBackAndKeepsThePreviousPointer() throws IOException {
        Files.createDirectories(config);
        Files.writeString(config.resolve(DataDirectory.LOCATION_FILE), source + "\n");
        Path target = home.resolve("new");
        DataFolderMove damaging = new DataFolderMove(config, (s, t) -> {
            Files.copy(s, t);
            if (s.getFileName().toString().equals("tiro.db")) {
                Files.write(t, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
            }
        });

        assertThatThrownBy(() -> damaging.move(source, target)).isInstanceOf(IOException.class)
                .hasMessageContaining("differs from the original");

        assertThat(target).doesNotExist();
        assertThat(config.resolve(DataDirectory.LOCATION_FILE)).hasContent(source + "\n");
    }

    @Test
    void aPointerThatCannotBeWrittenRollsBackTheCopy() throws IOException {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "a file where the config folder should be");
        Path target = Files.createDirectories(home.resolve("empty"));

        assertThatThrownBy(() -> new DataFolderMove(config).move(source, target)).isInstanceOf(IOException.class);

        assertThat(target).isEmptyDirectory();
    }

    @Test
    void refusesANonEmptyTargetOrOneInsideTheDataFolder() throws IOException {
        Path full = Files.createDirectories(home.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertThatThrownBy(() -> new DataFolderMove(config).move(source, full)).hasMessageContaining("must be empty");
        assertThatThrownBy(() -> new DataFolderMove(config).move(source, source.resolve("inner")))
                .hasMessageContaining("outside");
    }
}

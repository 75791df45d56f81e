package io.neurograph.tiro.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.ModelSettings;
import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.shell.UiStateStore;
import io.neurograph.tiro.ui.testing.FeatureFixture;
import io.neurograph.tiro.ui.testing.SentenceModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path home;
    private Engine engine;
    private FeatureFixture fixture;

    @BeforeEach
    void open() {
        engine = Engine.open(EngineConfig.at(home.resolve("data")));
        fixture = new FeatureFixture(engine, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private SettingsViewModel model(Optional<String> launcher) {
        SettingsPaths paths = new SettingsPaths(Optional.of(home.resolve("data")), home.resolve("config"),
                home.resolve("data/ui.properties"), launcher, Optional.empty());
        SettingsViewModel model = new SettingsViewModel(fixture.context, paths);
        model.load();
        return model;
    }

    @Test
    void theLanguageIsRememberedForTheNextStart() {
        SettingsViewModel model = model(Optional.empty());
        assertThat(model.languageProperty().get()).isEqualTo(LanguageChoice.SYSTEM);

        model.languageProperty().set(LanguageChoice.RUSSIAN);

        assertThat(model.languageNeedsRestartProperty().get()).isTrue();
        assertThat(new UiStateStore(home.resolve("data/ui.properties")).load().language())
                .contains(Locale.forLanguageTag("ru"));
        assertThat(model(Optional.empty()).languageProperty().get()).isEqualTo(LanguageChoice.RUSSIAN);
    }

    @Test
    void withoutAnInstalledLauncherTheHeapGoesToAJavaArgumentFile() throws IOException {
        SettingsViewModel model = model(Optional.empty());
        model.heapMiBProperty().set(3072);
        model.saveHeap();

        Path options = home.resolve("config/jvm.options");
        assertThat(Files.readAllLines(options)).containsExactly("-Xmx3072m");
        assertThat(model.heapStatusProperty().get()).contains(options.toString());
        assertThat(model(Optional.empty()).heapMiBProperty().get()).isEqualTo(3072);
    }

    @Test
    void fromTheInstalledAppTheHeapReplacesTheLauncherOption() throws IOException {
        Path app = home.resolve("Tiro");
        Path cfg = Files.createDirectories(app.resolve("lib/app")).resolve("Tiro.cfg");
        Files.write(cfg, List.of("[Application]", "app.mainclass=io.neurograph.tiro.app.Main", "", "[JavaOptions]",
                "java-options=-Xmx1g", "java-options=--module-path"));
        Path launcher = Files.createDirectories(app.resolve("bin")).resolve("Tiro");

        SettingsViewModel model = model(Optional.of(launcher.toString()));
        assertThat(model.heapMiBProperty().get()).isEqualTo(1024);
        model.heapMiBProperty().set(2048);
        model.saveHeap();

        assertThat(Files.readAllLines(cfg)).containsExactly("[Application]", "app.mainclass=io.neurograph.tiro.app.Main",
                "", "[JavaOptions]", "java-options=-Xmx2048m", "java-options=--module-path");
    }

    @Test
    void threadsAndTheChosenModelAreSavedAndHandedToTheEngine() {
        Path chosen = SentenceModels.miniLmInt8();
        SettingsViewModel model = model(Optional.empty());
        model.threadsProperty().set(3);
        model.defaultModelProperty().set(" " + chosen + " ");
        model.saveEngineSettings();

        assertThat(fixture.errors()).isEmpty();
        assertThat(model.engineStatusProperty().get()).contains(home.resolve("config/tiro-settings.properties")
                .toString());
        assertThat(engine.models().settings()).isEqualTo(new ModelSettings(3, Optional.of(chosen)));
        SettingsViewModel again = model(Optional.empty());
        assertThat(again.threadsProperty().get()).isEqualTo(3);
        assertThat(again.defaultModelProperty().get()).isEqualTo(chosen.toString());

        again.defaultModelProperty().set("");
        again.saveEngineSettings();
        assertThat(engine.models().settings()).isEqualTo(new ModelSettings(3, Optional.empty()));
    }

    @Test
    void aModelWithoutItsTokenizerIsRefusedNamingTheMissingFile() throws IOException {
        Path lonely = Files.writeString(Files.createDirectories(home.resolve("models")).resolve("encoder.onnx"), "");
        SettingsViewModel model = model(Optional.empty());
        model.threadsProperty().set(1);
        model.defaultModelProperty().set(lonely.toString());
        model.saveEngineSettings();

        assertThat(fixture.errors()).singleElement().asString().startsWith("Cannot use these engine settings")
                .contains(home.resolve("models/tokenizer.json").toString());
        assertThat(model.engineStatusProperty().get()).startsWith("Not saved");
        assertThat(home.resolve("config/tiro-settings.properties")).doesNotExist();
        assertThat(engine.models().settings()).isEqualTo(ModelSettings.DEFAULTS);
    }

    @Test
    void theSavedSettingsApplyToTheEngineAtStart() {
        SettingsFeature.applySaved(engine, home.resolve("config"));
        assertThat(engine.models().settings()).as("nothing saved yet").isEqualTo(ModelSettings.DEFAULTS);

        SettingsViewModel model = model(Optional.empty());
        model.threadsProperty().set(2);
        model.defaultModelProperty().set(SentenceModels.miniLmInt8().toString());
        model.saveEngineSettings();
        try (Engine next = Engine.open(EngineConfig.inMemory())) {
            SettingsFeature.applySaved(next, home.resolve("config"));
            assertThat(next.models().settings()).isEqualTo(new ModelSettings(2,
                    Optional.of(SentenceModels.miniLmInt8())));
        }
    }

    @Test
    void movesTheDataFolderAndAsksForARestart() {
        SettingsViewModel model = model(Optional.empty());
        assertThat(model.canMove()).isTrue();

        model.moveDataFolder(home.resolve("moved"));

        assertThat(fixture.errors()).isEmpty();
        assertThat(model.restartNeededProperty().get()).isTrue();
        assertThat(home.resolve("moved/tiro.db")).exists();
        assertThat(home.resolve("config/location")).content().contains(home.resolve("moved").toString());
        assertThat(model.canMove()).isFalse();
    }
}

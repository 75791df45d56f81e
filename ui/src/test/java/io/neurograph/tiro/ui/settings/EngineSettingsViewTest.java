package io.neurograph.tiro.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.ModelSettings;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import io.neurograph.tiro.ui.testing.SentenceModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test of the Settings tab's engine section, with its files in a temporary folder. */
class EngineSettingsViewTest extends FeatureRobotTest<SettingsFeature> {
    @TempDir
    Path home;

    EngineSettingsViewTest() {
        super(900, 760);
    }

    @Override
    protected SettingsFeature create(FeatureContext context) {
        return SettingsFeature.create(context, new SettingsPaths(Optional.empty(), home.resolve("config"),
                home.resolve("ui.properties"), Optional.empty(), Optional.empty()));
    }

    @Test
    void aModelWithoutItsTokenizerIsRefusedAndAProperOneIsUsedByTheEngine() throws Exception {
        assertThat(lookup(hasText("Concepts bootstrapped with one model")).tryQuery()).isPresent();
        Path lonely = Files.writeString(Files.createDirectories(home.resolve("lonely")).resolve("encoder.onnx"), "");
        Spinner<?> threads = lookup("#settings-threads").queryAs(Spinner.class);
        TextField model = lookup("#settings-model").queryAs(TextField.class);
        Label status = lookup("#settings-engine-status").queryAs(Label.class);
        interact(() -> model.setText(lonely.toString()));

        clickOn("#settings-engine-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fixture.errors().isEmpty());
        assertThat(fixture.errors().getFirst()).contains(home.resolve("lonely/tokenizer.json").toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).startsWith("Not saved, the engine keeps its previous settings: ")
                .as("the reason, not only in the notification").contains(home.resolve("lonely/tokenizer.json")
                        .toString());
        assertThat(engine.models().settings()).isEqualTo(ModelSettings.DEFAULTS);

        Path chosen = SentenceModels.miniLmInt8();
        interact(() -> {   // the saved settings were read in by now
            threads.getEditor().setText("1");
            threads.commitValue();
            model.setText(chosen.toString());
        });
        clickOn("#settings-engine-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved to"));
        assertThat(engine.models().settings()).isEqualTo(new ModelSettings(1, Optional.of(chosen)));
        assertThat(fixture.errors()).hasSize(1);
    }

    @Test
    void threadsOutOfRangeAreNamedNotSilentlyClamped() {
        Spinner<Integer> threads = lookup("#settings-threads").queryAs(Spinner.class);
        Label notice = lookup("#settings-threads-notice").queryAs(Label.class);
        int max = ModelSettings.MAX_THREADS;
        assertThat(notice.isVisible()).isFalse();

        doubleClickOn(threads.getEditor());
        write("99").type(KeyCode.ENTER);
        assertThat(threads.getValue()).isEqualTo(max);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("99 is out of range: threads go from 1 to " + max
                + " (four per core), so " + max + " is used.");

        doubleClickOn(threads.getEditor());
        write("1").type(KeyCode.ENTER);
        assertThat(threads.getValue()).isEqualTo(1);
        assertThat(notice.isVisible()).isFalse();
    }

    private static java.util.function.Predicate<javafx.scene.Node> hasText(String start) {
        return n -> n instanceof Label l && l.getText() != null && l.getText().startsWith(start);
    }
}

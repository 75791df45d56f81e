package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiStateStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsAndCreatesTheFolder() {
        var store = new UiStateStore(dir.resolve("nested/ui.properties"));
        var state = new UiState(Optional.of(new WindowBounds(10, 20, 1000, 700)), true, AppTab.CHAT, ThemeChoice.DARK);
        store.save(state);
        assertThat(store.load()).isEqualTo(state);
    }

    @Test
    void theLanguageIsKeptWhenTheWindowSavesItsPlacement() {
        var store = new UiStateStore(dir.resolve("ui.properties"));
        store.saveLanguage(Optional.of(Locale.forLanguageTag("ru")));
        store.save(new UiState(Optional.empty(), false, AppTab.CDNA, ThemeChoice.LIGHT));
        assertThat(store.load().language()).contains(Locale.forLanguageTag("ru"));
        assertThat(store.load().tab()).isEqualTo(AppTab.CDNA);
        store.saveLanguage(Optional.empty());
        assertThat(store.load().language()).isEmpty();
        assertThat(store.load().theme()).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void missingOrDamagedFileGivesDefaults() throws Exception {
        Path file = dir.resolve("ui.properties");
        assertThat(new UiStateStore(file).load()).isEqualTo(UiState.DEFAULT);
        Files.writeString(file, "tab=NO_SUCH_TAB\nwindow.width=wide\n");
        assertThat(new UiStateStore(file).load()).isEqualTo(UiState.DEFAULT);
    }

    @Test
    void navigationWrapsAround() {
        var model = new MainWindowViewModel(new UiStateStore(dir.resolve("ui.properties")), Optional.empty());
        model.selectPreviousTab();
        assertThat(model.selectedTabProperty().get()).isEqualTo(AppTab.SETTINGS);
        model.selectNextTab();
        assertThat(model.selectedTabProperty().get()).isEqualTo(AppTab.DASHBOARD);
    }
}

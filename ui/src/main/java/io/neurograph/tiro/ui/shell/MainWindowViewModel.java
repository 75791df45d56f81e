package io.neurograph.tiro.ui.shell;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Selected tab and theme of the main window, plus the navigation commands of the View menu. */
public final class MainWindowViewModel {
    private final UiStateStore store;
    private final UiState initial;
    private final ObjectProperty<AppTab> selectedTab;
    private final ObjectProperty<ThemeChoice> theme;

    /** @param themeOverride a theme forced at start (for example by {@code -Dtiro.theme}); wins over the saved one */
    public MainWindowViewModel(UiStateStore store, Optional<ThemeChoice> themeOverride) {
        this.store = store;
        this.initial = store.load();
        this.selectedTab = new SimpleObjectProperty<>(initial.tab());
        this.theme = new SimpleObjectProperty<>(themeOverride.orElse(initial.theme()));
    }

    public UiState initialState() {
        return initial;
    }

    public ObjectProperty<AppTab> selectedTabProperty() {
        return selectedTab;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public void selectTab(AppTab tab) {
        selectedTab.set(tab);
    }

    public void selectNextTab() {
        selectedTab.set(selectedTab.get().offset(1));
    }

    public void selectPreviousTab() {
        selectedTab.set(selectedTab.get().offset(-1));
    }

    /** Persists the state to restore next time; {@code bounds} are the last normal bounds of the window. */
    public void windowClosed(Optional<WindowBounds> bounds, boolean maximized) {
        store.save(new UiState(bounds, maximized, selectedTab.get(), theme.get()));
    }
}

package io.neurograph.tiro.ui.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * What the main window remembers across runs.
 *
 * @param bounds   last normal (not maximized) bounds; empty on the first run
 * @param language the ui language chosen in Settings; empty follows the system. Written only by
 *                 {@link UiStateStore#saveLanguage}, so the window saving its placement keeps it.
 */
public record UiState(Optional<WindowBounds> bounds, boolean maximized, AppTab tab, ThemeChoice theme,
                      Optional<Locale> language) {
    public static final UiState DEFAULT = new UiState(Optional.empty(), false, AppTab.DASHBOARD, ThemeChoice.SYSTEM);

    /** The window's own state, without a language choice. */
    public UiState(Optional<WindowBounds> bounds, boolean maximized, AppTab tab, ThemeChoice theme) {
        this(bounds, maximized, tab, theme, Optional.empty());
    }
}

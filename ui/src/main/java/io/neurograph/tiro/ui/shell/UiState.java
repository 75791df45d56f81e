package io.neurograph.tiro.ui.shell;

import java.util.Optional;

/**
 * What the main window remembers across runs.
 *
 * @param bounds last normal (not maximized) bounds; empty on the first run
 */
public record UiState(Optional<WindowBounds> bounds, boolean maximized, AppTab tab, ThemeChoice theme) {
    public static final UiState DEFAULT = new UiState(Optional.empty(), false, AppTab.DASHBOARD, ThemeChoice.SYSTEM);
}

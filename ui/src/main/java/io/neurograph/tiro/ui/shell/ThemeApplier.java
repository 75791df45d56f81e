package io.neurograph.tiro.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/** Installs the AtlantaFX user-agent stylesheet that matches the theme choice, and keeps it matching. */
final class ThemeApplier {
    private ThemeApplier() {
    }

    /**
     * Applies the choice now, again when it changes and, for {@link ThemeChoice#SYSTEM}, when the OS scheme
     * changes. Unsubscribe when the window goes, since the platform preferences outlive it.
     */
    static Subscription follow(ObservableValue<ThemeChoice> choice) {
        return choice.subscribe(ThemeApplier::apply)
                .and(Platform.getPreferences().colorSchemeProperty().subscribe(() -> apply(choice.getValue())));
    }

    private static void apply(ThemeChoice choice) {
        Theme theme = isDark(choice) ? new PrimerDark() : new PrimerLight();
        Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
    }

    private static boolean isDark(ThemeChoice choice) {
        return switch (choice) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
    }
}

package io.neurograph.tiro.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/** Installs the AtlantaFX user-agent stylesheet that matches the theme choice, and keeps it matching. */
final class ThemeApplier {
    private ThemeApplier() {
    }

    /** Re-applies when the choice changes and, for {@link ThemeChoice#SYSTEM}, when the OS scheme changes. */
    static void follow(ObservableValue<ThemeChoice> choice) {
        choice.addListener(o -> apply(choice.getValue()));
        Platform.getPreferences().colorSchemeProperty().addListener(o -> apply(choice.getValue()));
        apply(choice.getValue());
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

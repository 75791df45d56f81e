package io.neurograph.tiro.ui.settings;

import java.util.Locale;
import java.util.Optional;

/** The ui languages offered; SYSTEM follows the locale the app was started with. */
public enum LanguageChoice {
    SYSTEM(null, "settings.language.system"),
    ENGLISH(Locale.ENGLISH, "settings.language.english"),
    RUSSIAN(Locale.forLanguageTag("ru"), "settings.language.russian");

    private final Locale locale;
    private final String labelKey;

    LanguageChoice(Locale locale, String labelKey) {
        this.locale = locale;
        this.labelKey = labelKey;
    }

    public Optional<Locale> locale() {
        return Optional.ofNullable(locale);
    }

    public String labelKey() {
        return labelKey;
    }

    static LanguageChoice of(Optional<Locale> saved) {
        return saved.map(l -> l.getLanguage().equals("ru") ? RUSSIAN : ENGLISH).orElse(SYSTEM);
    }
}

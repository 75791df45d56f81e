package io.neurograph.tiro.ui.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-visible text of the ui, looked up by key in the bundle of one locale. */
public final class Messages {
    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = Resources.bundle(locale);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** Formats with {@link MessageFormat} in this locale, so {@code {0,number,integer}} groups digits the local way. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }
}

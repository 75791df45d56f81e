package io.neurograph.tiro.ui.support;

import java.net.URL;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The only way ui code reaches its resources. Everything comes from the class path (a jpackaged app has no
 * useful working directory) and a missing resource fails at once with its full path.
 */
public final class Resources {
    private static final String ROOT = "/io/neurograph/tiro/ui/";
    private static final String BUNDLE = "io.neurograph.tiro.ui.messages";

    private Resources() {
    }

    public static URL url(String name) {
        URL url = Resources.class.getResource(ROOT + name);
        if (url == null) {
            throw new IllegalStateException("Missing class-path resource " + ROOT + name);
        }
        return url;
    }

    public static String stylesheet(String name) {
        return url(name).toExternalForm();
    }

    /** Throws {@link java.util.MissingResourceException} when the bundle is absent. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}

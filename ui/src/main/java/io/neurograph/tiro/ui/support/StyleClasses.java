package io.neurograph.tiro.ui.support;

/** Style classes defined in {@code tiro.css}; AtlantaFX's own classes come from {@code atlantafx.base.theme.Styles}. */
public final class StyleClasses {
    public static final String STATUS_BAR = "tiro-status-bar";

    /** The application stylesheet, relative to the ui resource root. */
    public static final String STYLESHEET = "tiro.css";

    private StyleClasses() {
    }
}

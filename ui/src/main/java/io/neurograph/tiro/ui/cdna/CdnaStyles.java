package io.neurograph.tiro.ui.cdna;

import javafx.css.PseudoClass;

/** Style classes and pseudo-classes of {@code cdna-view.css}. */
final class CdnaStyles {
    static final String STYLESHEET = "cdna-view.css";
    static final String VIEW = "cdna-view";
    static final String SECTION = "cdna-section";
    static final String ZONE_BAR = "cdna-zone-bar";
    static final String ZONE_SAFE = "cdna-zone-safe";
    static final String ZONE_CAUTION = "cdna-zone-caution";
    static final String ZONE_DANGER = "cdna-zone-danger";
    static final String ZONE_LABEL = "cdna-zone-label";
    static final String ISSUES = "cdna-issues";
    static final String RAW = "cdna-raw";
    static final String JSON_KEY = "cdna-json-key";
    static final String JSON_NUMBER = "cdna-json-number";
    static final String JSON_STRING = "cdna-json-string";
    static final PseudoClass CAUTION = PseudoClass.getPseudoClass("caution");
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private CdnaStyles() {
    }
}

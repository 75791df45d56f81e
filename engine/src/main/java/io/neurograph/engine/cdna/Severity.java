package io.neurograph.engine.cdna;

/** How serious a CDNA validation issue is; only ERROR makes a CDNA unusable. */
public enum Severity {
    ERROR,
    /** Above 75 % of a scale's allowed maximum. */
    DANGER,
    /** Above 50 % of a scale's allowed maximum. */
    CAUTION
}

package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.cdna.CdnaFlags;

/** The bits of the CDNA {@code flags} word, with their labels. */
public enum CdnaFlag {
    VALIDATION(CdnaFlags.ENABLE_VALIDATION, "cdna.flag.validation"),
    EVENTS(CdnaFlags.ENABLE_EVENTS, "cdna.flag.events"),
    MUTATION(CdnaFlags.ENABLE_MUTATION, "cdna.flag.mutation"),
    STRICT(CdnaFlags.STRICT_MODE, "cdna.flag.strict");

    private final long bit;
    private final String labelKey;

    CdnaFlag(long bit, String labelKey) {
        this.bit = bit;
        this.labelKey = labelKey;
    }

    public long bit() {
        return bit;
    }

    public String labelKey() {
        return labelKey;
    }
}

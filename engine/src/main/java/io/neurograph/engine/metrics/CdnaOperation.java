package io.neurograph.engine.metrics;

import java.util.Locale;

/** Values of the {@code op} label of {@code neurograph_cdna_operations_total}. */
public enum CdnaOperation {
    APPLY,
    ROLLBACK,
    QUARANTINE_START,
    QUARANTINE_ACCEPT,
    QUARANTINE_ROLLBACK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.neurograph.engine.bootstrap;

import java.util.Locale;

/** The steps of a {@link BootstrapJob}, in order; a checkpoint records the one in progress. */
enum BootstrapPhase {
    IMPORT,
    PCA,
    PLACE,
    INDEX,
    WEAVE,
    DONE;

    /** Lower-case name, as in {@code job.json} and the progress stages. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

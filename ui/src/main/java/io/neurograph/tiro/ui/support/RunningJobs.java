package io.neurograph.tiro.ui.support;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** How many long jobs (bootstrap, conversion, …) are running, for the status bar. Used on the FX thread. */
public final class RunningJobs {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();

    /** Counts a job from now until the returned handle is closed (closing twice counts once). */
    public AutoCloseable started() {
        running.set(running.get() + 1);
        boolean[] closed = {false};
        return () -> {
            if (!closed[0]) {
                closed[0] = true;
                running.set(running.get() - 1);
            }
        };
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}

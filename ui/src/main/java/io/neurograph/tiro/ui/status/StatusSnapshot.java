package io.neurograph.tiro.ui.status;

import java.util.Objects;

/**
 * One sample of the engine and the JVM.
 *
 * @param state engine state name, shown as given (for example {@code RUNNING})
 */
public record StatusSnapshot(String state, long tokens, long connections, long heapUsedBytes, long heapMaxBytes) {
    public StatusSnapshot {
        Objects.requireNonNull(state, "state");
    }
}

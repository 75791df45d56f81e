package io.neurograph.tiro.ui.status;

import java.util.Objects;

/**
 * One sample of the engine and the JVM.
 *
 * @param state       engine state name, shown as given (for example {@code RUNNING})
 * @param mappedBytes memory-mapped files in use (vector files, models), outside the heap
 */
public record StatusSnapshot(String state, long tokens, long connections, long heapUsedBytes, long heapMaxBytes,
                             long mappedBytes) {
    public StatusSnapshot {
        Objects.requireNonNull(state, "state");
    }
}

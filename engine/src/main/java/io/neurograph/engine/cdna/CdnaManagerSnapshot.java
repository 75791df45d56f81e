package io.neurograph.engine.cdna;

import java.util.List;
import java.util.Optional;

/**
 * Everything needed to restore a {@link CdnaManager} exactly: the current CDNA, the previous versions
 * newest first, and a trial in progress. Each {@link Cdna} persists as its 384 bytes.
 */
public record CdnaManagerSnapshot(Cdna current, List<CdnaHistoryEntry> history, Optional<Trial> quarantine) {
    /**
     * A trial in progress; the trial CDNA itself is {@code current}. {@code memoryBaselineBytes} is −1
     * while the trial has had no memory reading to measure growth from.
     */
    public record Trial(Cdna previous, long startedAt, long durationSeconds, QuarantineLimits limits,
            QuarantineMetrics metrics, long memoryBaselineBytes) {
    }

    public CdnaManagerSnapshot {
        history = List.copyOf(history);
    }
}

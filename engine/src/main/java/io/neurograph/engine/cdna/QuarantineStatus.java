package io.neurograph.engine.cdna;

/** A running trial as seen at one moment. */
public record QuarantineStatus(QuarantinePhase phase, long startedAt, long durationSeconds, long remainingSeconds,
        QuarantineMetrics metrics, QuarantineLimits limits) {
}

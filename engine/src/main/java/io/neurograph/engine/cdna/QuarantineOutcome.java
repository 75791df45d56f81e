package io.neurograph.engine.cdna;

/** How a trial ended: accepted, or rolled back for {@code reason}, with the metrics it reached. */
public record QuarantineOutcome(boolean accepted, String reason, QuarantineMetrics metrics) {
}

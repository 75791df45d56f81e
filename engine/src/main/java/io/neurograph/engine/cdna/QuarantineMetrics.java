package io.neurograph.engine.cdna;

/**
 * What happened while a trial CDNA was in force: tokens created plus deleted, connections deleted, and
 * the largest memory growth over the reading taken when the trial started.
 */
public record QuarantineMetrics(long tokenChurn, long connectionBreaks, long memoryGrowthBytes) {
    public static final QuarantineMetrics ZERO = new QuarantineMetrics(0, 0, 0);
}

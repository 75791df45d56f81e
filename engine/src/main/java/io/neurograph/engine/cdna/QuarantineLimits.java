package io.neurograph.engine.cdna;

import java.util.Optional;

/**
 * How much disturbance a quarantine trial may cause before it is rolled back automatically. A limit
 * is exceeded when the metric goes above it.
 */
public record QuarantineLimits(long maxTokenChurn, long maxConnectionBreaks, long maxMemoryGrowthBytes) {
    /** 10 000 token creations/deletions, 1 000 broken connections, 256 MiB of growth. */
    public static final QuarantineLimits DEFAULTS = new QuarantineLimits(10_000, 1_000, 256L * 1024 * 1024);

    public QuarantineLimits {
        requireNonNegative("maxTokenChurn", maxTokenChurn);
        requireNonNegative("maxConnectionBreaks", maxConnectionBreaks);
        requireNonNegative("maxMemoryGrowthBytes", maxMemoryGrowthBytes);
    }

    /** The first limit the metrics exceed, as a sentence, or empty when all are within limits. */
    public Optional<String> exceededBy(QuarantineMetrics m) {
        if (m.tokenChurn() > maxTokenChurn) {
            return Optional.of("token churn " + m.tokenChurn() + " exceeded the limit " + maxTokenChurn);
        }
        if (m.connectionBreaks() > maxConnectionBreaks) {
            return Optional.of("connection breaks " + m.connectionBreaks() + " exceeded the limit " + maxConnectionBreaks);
        }
        if (m.memoryGrowthBytes() > maxMemoryGrowthBytes) {
            return Optional.of("memory growth " + m.memoryGrowthBytes() + " bytes exceeded the limit "
                    + maxMemoryGrowthBytes);
        }
        return Optional.empty();
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Quarantine limit " + name + " must be ≥ 0, got " + value);
        }
    }
}

package io.neurograph.tiro.ui.dashboard;

import java.util.Objects;

/**
 * Raise a notification when {@code metric} stays {@code comparison} {@code threshold} for
 * {@code sustainSeconds}, then stay quiet for {@code cooldownSeconds}.
 */
public record AlertRule(Metric metric, Comparison comparison, double threshold, int sustainSeconds,
                        int cooldownSeconds) {
    public AlertRule {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparison, "comparison");
        if (Double.isNaN(threshold) || sustainSeconds < 0 || cooldownSeconds < 0) {
            throw new IllegalArgumentException("threshold must be a number and the seconds ≥ 0");
        }
    }
}

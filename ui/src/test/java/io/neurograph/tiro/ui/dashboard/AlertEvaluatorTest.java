package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample's time is the evaluator's clock, so these run in simulated seconds. */
class AlertEvaluatorTest {
    private static final AlertRule CPU_OVER_80_FOR_5S_QUIET_60S = new AlertRule(Metric.CPU, Comparison.ABOVE, 80, 5,
            60);
    private final AlertEvaluator evaluator = new AlertEvaluator();

    @Test
    void firesOnlyAfterTheConditionHeldForTheSustainTime() {
        assertThat(fire(0, 90)).isFalse();
        assertThat(fire(4, 90)).isFalse();
        assertThat(fire(5, 90)).isTrue();
    }

    @Test
    void aDipBelowTheThresholdRestartsTheSustainTime() {
        fire(0, 90);
        fire(3, 50);
        assertThat(fire(4, 90)).isFalse();
        assertThat(fire(8, 90)).isFalse();
        assertThat(fire(9, 90)).isTrue();
    }

    @Test
    void staysQuietDuringTheCooldownThenFiresAgain() {
        fire(0, 90);
        assertThat(fire(5, 90)).isTrue();
        assertThat(fire(6, 90)).isFalse();
        assertThat(fire(64, 90)).isFalse();
        assertThat(fire(65, 90)).isTrue();
    }

    @Test
    void belowRulesAndMissingValues() {
        AlertRule fewTokens = new AlertRule(Metric.TOKENS, Comparison.BELOW, 10, 0, 0);
        assertThat(evaluator.evaluate(List.of(fewTokens), sample(0, Metric.TOKENS, 5))).hasSize(1);
        assertThat(evaluator.evaluate(List.of(fewTokens), sample(1, Metric.TOKENS, Double.NaN))).isEmpty();
    }

    private boolean fire(int second, double cpu) {
        return !evaluator.evaluate(List.of(CPU_OVER_80_FOR_5S_QUIET_60S), sample(second, Metric.CPU, cpu)).isEmpty();
    }

    static Sample sample(int second, Metric metric, double value) {
        double[] values = new double[Metric.values().length];
        values[metric.ordinal()] = value;
        return new Sample(second * 1000L, values, List.of(), List.of());
    }
}

package io.neurograph.tiro.ui.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the rules against each sample. A rule fires when its condition has held continuously for its
 * sustain time (measured on the samples' clock) and it has not fired within its cool-down.
 */
public final class AlertEvaluator {
    private final Map<AlertRule, State> states = new HashMap<>();

    /** @return the rules that fire on this sample, with the value that made them fire */
    public List<Firing> evaluate(List<AlertRule> rules, Sample sample) {
        states.keySet().retainAll(rules);
        long now = sample.epochMillis();
        List<Firing> fired = new ArrayList<>();
        for (AlertRule rule : rules) {
            State state = states.computeIfAbsent(rule, r -> new State());
            double value = sample.value(rule.metric());
            if (!rule.comparison().breaches(value, rule.threshold())) {
                state.breachSince = -1;
                continue;
            }
            if (state.breachSince < 0) {
                state.breachSince = now;
            }
            boolean sustained = now - state.breachSince >= rule.sustainSeconds() * 1000L;
            boolean cooled = state.lastFired < 0 || now - state.lastFired >= rule.cooldownSeconds() * 1000L;
            if (sustained && cooled) {
                state.lastFired = now;
                fired.add(new Firing(rule, value));
            }
        }
        return fired;
    }

    public record Firing(AlertRule rule, double value) {
    }

    private static final class State {
        long breachSince = -1;
        long lastFired = -1;
    }
}

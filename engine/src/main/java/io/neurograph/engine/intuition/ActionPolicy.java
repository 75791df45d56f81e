package io.neurograph.engine.intuition;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the slow path learned for one state cell (our equivalent of upstream's per-bin ADNA
 * ActionPolicy): a weight per action code, the rule (proposal) that set it, when, and why.
 */
public record ActionPolicy(Map<Integer, Double> actionWeights, String ruleId, long lastUpdated, String justification) {
    public ActionPolicy {
        actionWeights = Collections.unmodifiableMap(new TreeMap<>(actionWeights));
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(justification, "justification");
    }

    /** The action with the largest weight (the smallest code on a tie), or -1 when there are none. */
    public int selectAction() {
        return argmax(actionWeights);
    }

    static int argmax(Map<Integer, Double> weights) {
        int best = -1;
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, Double> e : new TreeMap<>(weights).entrySet()) {
            if (e.getValue() > bestWeight) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return best;
    }

    /** The weight of an action, 0 when the policy does not name it. */
    public double weight(int action) {
        return actionWeights.getOrDefault(action, 0.0);
    }
}

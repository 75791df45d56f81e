package io.neurograph.engine.intuition;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A proposed change to one cell's {@link ActionPolicy}, in upstream's JSON-Patch shape:
 * {@code {"op": op, "path": path, "value": value}} against target {@code adna_state_bin_<cell>}.
 * The slow path proposes {@code replace /action_weights {better: 0.8, worse: 0.2}} per pattern.
 *
 * @param value          action code → weight; null when the patch carries no value
 * @param expectedImpact the pattern's reward difference
 * @param sampleCount    the events behind the proposal (an addition to upstream's shape: the evidence
 *                       it hands on to connections)
 * @param createdAt      Unix seconds
 */
public record PolicyProposal(UUID id, long stateBin, String op, String path, Map<Integer, Double> value,
                             String justification, double expectedImpact, double confidence, int sampleCount,
                             long createdAt) {
    public static final String REPLACE = "replace";
    public static final String ACTION_WEIGHTS = "/action_weights";
    public static final double BETTER_WEIGHT = 0.8;
    public static final double WORSE_WEIGHT = 0.2;

    public PolicyProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(path, "path");
        value = value == null ? null : Map.copyOf(value);
        Objects.requireNonNull(justification, "justification");
    }

    /** The slow path's proposal for a pattern. */
    public static PolicyProposal of(IdentifiedPattern p, long now) {
        return new PolicyProposal(UUID.randomUUID(), p.stateBin(), REPLACE, ACTION_WEIGHTS,
                Map.of(p.betterAction(), BETTER_WEIGHT, p.worseAction(), WORSE_WEIGHT),
                String.format(Locale.ROOT,
                        "action 0x%04X beats 0x%04X by %.3f reward in %s (confidence %.2f, %d samples)",
                        p.betterAction(), p.worseAction(), p.rewardDelta(), StateBins.targetName(p.stateBin()),
                        p.confidence(), p.sampleCount()),
                p.rewardDelta(), p.confidence(), p.sampleCount(), now);
    }

    /** The action the patch weights highest, or -1 without a value. */
    public int betterAction() {
        return value == null ? -1 : ActionPolicy.argmax(value);
    }

    public String target() {
        return StateBins.targetName(stateBin);
    }
}

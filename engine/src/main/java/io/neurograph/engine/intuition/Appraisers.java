package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceFlags;
import java.util.List;
import java.util.Objects;

/**
 * The four appraisers as one stream listener: each writes its reward slot when |r| > 1e-6, then the
 * event is marked FULLY_APPRAISED. Events that arrive already FULLY_APPRAISED carry their rewards
 * from outside (user feedback, the slow path's own bookkeeping) and are left alone.
 */
public record Appraisers(HomeostasisAppraiser homeostasis, CuriosityAppraiser curiosity, EfficiencyAppraiser efficiency,
                         GoalAppraiser goal) {
    /** Upstream defaults; weights 0.3 / 0.2 / 0.1 / 0.4. */
    public static final Appraisers DEFAULT = new Appraisers(HomeostasisAppraiser.DEFAULT, CuriosityAppraiser.DEFAULT,
            EfficiencyAppraiser.DEFAULT, GoalAppraiser.DEFAULT);

    public Appraisers {
        Objects.requireNonNull(homeostasis, "homeostasis");
        Objects.requireNonNull(curiosity, "curiosity");
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(goal, "goal");
    }

    public List<Appraiser> all() {
        return List.of(homeostasis, curiosity, efficiency, goal);
    }

    /** A listener that appraises every event written to {@code stream}. */
    public ExperienceListener listenerFor(ExperienceStream stream) {
        List<Appraiser> all = all();
        return (seq, event) -> {
            if (event.hasFlag(ExperienceFlags.FULLY_APPRAISED)) {
                return;
            }
            for (Appraiser a : all) {
                float r = a.appraise(event);
                // NaN compares false: a NaN state yields no reward rather than a poisoned slot
                if (Math.abs(r) > Appraiser.MIN_REWARD) {
                    stream.setAppraiserReward(seq, a.type(), r);
                }
            }
            stream.markFullyAppraised(seq);
        };
    }
}

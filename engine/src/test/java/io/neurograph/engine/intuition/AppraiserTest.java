package io.neurograph.engine.intuition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.experience.EventType;
import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.experience.ExperienceFlags;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AppraiserTest {
    private static final float EPS = 1e-6f;

    /** A state with novelty, velocity, load, certainty, valence and coherence set (the others 0). */
    private static float[] state(float novelty, float velocity, float load, float certainty, float valence,
                                 float coherence) {
        return new float[] {0, novelty, velocity, 0, load, certainty, valence, coherence};
    }

    private static ExperienceEvent event(float[] state) {
        return Events.withState(state, new float[8], EventType.ACTION_COMPLETED.code());
    }

    @Test
    void homeostasisPenalisesSquaredDistanceOutsideTheRanges() {
        // load 0.9 is 0.2 above 0.7, certainty 0.3 is 0.1 below 0.4, coherence 0.75 is inside [0.5, 1]
        float r = HomeostasisAppraiser.DEFAULT.appraise(event(state(0, 0, 0.9f, 0.3f, 0, 0.75f)));
        assertThat(r).isCloseTo(-0.3f * (0.04f + 0.01f), within(EPS));
        assertThat(HomeostasisAppraiser.DEFAULT.appraise(event(state(0, 0, 0.5f, 0.5f, 0, 0.7f)))).isZero();
        HomeostasisAppraiser doubled = new HomeostasisAppraiser(0.3f, new Range(0.2f, 0.7f), new Range(0.4f, 0.9f),
                new Range(0.5f, 1f), 2f);
        assertThat(doubled.appraise(event(state(0, 0, 0.9f, 0.3f, 0, 0.75f)))).isCloseTo(2 * r, within(EPS));
    }

    @Test
    void curiosityRewardsNoveltyAboveTheThreshold() {
        assertThat(CuriosityAppraiser.DEFAULT.appraise(event(state(0.8f, 0, 0, 0, 0, 0)))).isCloseTo(0.2f * 0.5f, within(EPS));
        assertThat(CuriosityAppraiser.DEFAULT.appraise(event(state(0.3f, 0, 0, 0, 0, 0)))).isZero();
    }

    @Test
    void efficiencyChargesMotionThinkingAndCreation() {
        float[] s = state(0, 0.5f, 0.5f, 0, 0, 0);
        float[] action = {0, 0, 0.5f, 0, 0, 0, 0, 0};
        // 0.01 · (0.25 + 0.25) + 0.02 · 0.5 = 0.015
        assertThat(EfficiencyAppraiser.DEFAULT.appraise(Events.withState(s, action, EventType.ACTION_COMPLETED.code())))
                .isCloseTo(-0.1f * 0.015f, within(EPS));
        assertThat(EfficiencyAppraiser.DEFAULT.appraise(Events.withState(s, action, EventType.TOKEN_CREATED.code())))
                .isCloseTo(-0.1f * (0.015f + 0.05f), within(EPS));
        assertThat(EfficiencyAppraiser.DEFAULT.appraise(Events.withState(s, action, EventType.CONNECTION_CREATED.code())))
                .isCloseTo(-0.1f * (0.015f + 0.05f), within(EPS));
    }

    @Test
    void goalRewardsPositiveValenceAndHalvesTheWeakOnes() {
        assertThat(GoalAppraiser.DEFAULT.appraise(event(state(0, 0, 0, 0, 0.8f, 0)))).isCloseTo(0.4f * 0.8f, within(EPS));
        assertThat(GoalAppraiser.DEFAULT.appraise(event(state(0, 0, 0, 0, 0.4f, 0)))).isCloseTo(0.4f * 0.4f * 0.5f,
                within(EPS));
        assertThat(GoalAppraiser.DEFAULT.appraise(event(state(0, 0, 0, 0, -0.5f, 0)))).isZero();
    }

    @Test
    void theListenerWritesOnlyMeaningfulRewardsAndMarksTheEvent() {
        ExperienceStream s = new ExperienceStream(4);
        s.subscribe(Appraisers.DEFAULT.listenerFor(s));
        // inside every range, no novelty, no motion, no valence: only the efficiency cost of the load
        ExperienceEvent calm = new ExperienceEvent(0, 0, 0, 0, 0, EventType.ACTION_COMPLETED.code(), 0,
                state(0, 0, 0.5f, 0.5f, 0, 0.7f), new float[8], 0f, 0f, 0f, 0.25f, 0, 0);
        s.write(calm);
        ExperienceEvent e = s.get(0);
        assertThat(e.hasFlag(ExperienceFlags.FULLY_APPRAISED)).isTrue();
        assertThat(e.rewardHomeostasis()).isZero();
        assertThat(e.rewardCuriosity()).isZero();
        assertThat(e.rewardEfficiency()).isCloseTo(-0.1f * 0.02f * 0.5f, within(EPS));
        assertThat(e.rewardGoal()).as("goal appraised 0: the caller's value stays").isEqualTo(0.25f);
    }

    @Test
    void preAppraisedAndNaNStatesAreLeftAlone() {
        ExperienceStream s = new ExperienceStream(4);
        s.subscribe(Appraisers.DEFAULT.listenerFor(s));
        float[] stressed = state(0.9f, 0, 1f, 0, 0.9f, 0);
        s.write(new ExperienceEvent(0, 0, 0, 0, 0, 0xF000, ExperienceFlags.FULLY_APPRAISED, stressed, new float[8], 0f,
                0f, 0f, -1f, 0, 0));
        assertThat(s.get(0).totalReward()).isEqualTo(-1f);
        float[] nan = new float[8];
        Arrays.fill(nan, Float.NaN);
        s.write(event(nan));
        assertThat(s.get(1).totalReward()).isZero();
        assertThat(s.get(1).hasFlag(ExperienceFlags.FULLY_APPRAISED)).isTrue();
    }

    @Test
    void weightsMustBeFiniteAndNonNegative() {
        assertThatThrownBy(() -> new GoalAppraiser(-0.1f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Goal weight");
        assertThatThrownBy(() -> new Range(1f, 0f)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Appraisers.DEFAULT.all()).extracting(Appraiser::type).containsExactly(AppraiserType.values());
    }
}

package io.neurograph.engine.intuition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.experience.ExperienceEvent;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExperienceSamplingTest {
    private static final int DRAWS = 20_000;

    /** A stream of {@code rewards.length} events, event i with goal reward rewards[i] and episode i. */
    private static ExperienceStream stream(float... rewards) {
        ExperienceStream s = new ExperienceStream(rewards.length);
        for (int i = 0; i < rewards.length; i++) {
            s.write(new ExperienceEvent(0, i, 0, i, 0, 0x0201, 0, new float[8], new float[8], 0, 0, 0, rewards[i], 0, 0));
        }
        return s;
    }

    /** How often each event is drawn first (a batch of one), over many seeded draws. */
    private static double[] firstPickFrequencies(ExperienceStream s, SamplingStrategy strategy) {
        SplittableRandom rng = new SplittableRandom(42);
        double[] f = new double[(int) s.size()];
        for (int i = 0; i < DRAWS; i++) {
            f[(int) s.sampleBatch(1, strategy, rng).getFirst().episodeId()] += 1.0 / DRAWS;
        }
        return f;
    }

    @Test
    void uniformDrawsDistinctEventsWithEqualChances() {
        ExperienceStream s = stream(new float[20]);
        SplittableRandom rng = new SplittableRandom(1);
        double[] inBatch = new double[20];
        for (int i = 0; i < DRAWS; i++) {
            List<ExperienceEvent> batch = s.sampleBatch(5, new SamplingStrategy.Uniform(), rng);
            assertThat(new HashSet<>(batch.stream().map(ExperienceEvent::episodeId).toList())).hasSize(5);
            batch.forEach(e -> inBatch[(int) e.episodeId()] += 1.0 / DRAWS);
        }
        for (double p : inBatch) {
            assertThat(p).isCloseTo(0.25, within(0.02));
        }
        assertThat(s.sampleBatch(50, new SamplingStrategy.Uniform(), rng)).hasSize(20);
        assertThat(s.sampleBatch(0, new SamplingStrategy.Uniform(), rng)).isEmpty();
    }

    @Test
    void prioritizedDrawsInProportionToTheRewardMagnitude() {
        double[] f = firstPickFrequencies(stream(3f, -1f, 0f, 0f), new SamplingStrategy.PrioritizedByReward(1.0));
        assertThat(f[0]).isCloseTo(0.75, within(0.02));
        assertThat(f[1]).isCloseTo(0.25, within(0.02));
        assertThat(f[2] + f[3]).isZero();
        // alpha 2 squares the weights: 9 : 1
        double[] sq = firstPickFrequencies(stream(3f, -1f), new SamplingStrategy.PrioritizedByReward(2.0));
        assertThat(sq[0]).isCloseTo(0.9, within(0.02));
    }

    @Test
    void prioritizedIsWithoutReplacementAndFillsUpFromZeroWeights() {
        ExperienceStream s = stream(3f, -1f, 0f, 0f, 0f);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            List<Long> batch = s.sampleBatch(3, new SamplingStrategy.PrioritizedByReward(1.0), rng).stream()
                    .map(ExperienceEvent::episodeId).toList();
            assertThat(batch.subList(0, 2)).containsExactlyInAnyOrder(0L, 1L);
            assertThat(batch.get(2)).isBetween(2L, 4L);
        }
    }

    @Test
    void secondDrawFollowsTheRemainingWeights() {
        // weights 2,1,1: after 0 is drawn first (1/2), the second is 1 or 2 with 1/2 each; after 1 (1/4), 0 with 2/3
        ExperienceStream s = stream(2f, 1f, 1f);
        SplittableRandom rng = new SplittableRandom(9);
        double secondIsZero = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (s.sampleBatch(2, new SamplingStrategy.PrioritizedByReward(1.0), rng).get(1).episodeId() == 0) {
                secondIsZero += 1.0 / DRAWS;
            }
        }
        assertThat(secondIsZero).isCloseTo(2 * 0.25 * 2.0 / 3.0, within(0.02));
    }

    @Test
    void allZeroWeightsDrawUniformly() {
        double[] f = firstPickFrequencies(stream(0f, 0f, 0f, 0f), new SamplingStrategy.PrioritizedByReward(1.0));
        for (double p : f) {
            assertThat(p).isCloseTo(0.25, within(0.02));
        }
        double[] m = firstPickFrequencies(stream(1f, 1f, 1f, 1f), new SamplingStrategy.Mixed(-1.0, 0.0));
        for (double p : m) {
            assertThat(p).isCloseTo(0.25, within(0.02));
        }
    }

    @Test
    void recencyWeightingFavoursNewerEvents() {
        // decay^(1 − i/N) with N = 2: 0.1 for the older, 0.1^0.5 for the newer
        double[] f = firstPickFrequencies(stream(0f, 0f), new SamplingStrategy.RecencyWeighted(0.1));
        assertThat(f[1]).isCloseTo(Math.sqrt(0.1) / (0.1 + Math.sqrt(0.1)), within(0.02));
    }

    @Test
    void mixedAddsRewardAndRecency() {
        // weights |r|·1 + (i/N)·2 with N = 2: event 0 → 1, event 1 → 0 + 1 = 1
        double[] f = firstPickFrequencies(stream(1f, 0f), new SamplingStrategy.Mixed(1.0, 2.0));
        assertThat(f[0]).isCloseTo(0.5, within(0.02));
    }

    @Test
    void theSameSeedDrawsTheSameBatch() {
        ExperienceStream s = stream(1f, 2f, 3f, 4f, 5f, 6f);
        SamplingStrategy strategy = new SamplingStrategy.PrioritizedByReward(1.0);
        assertThat(s.sampleBatch(3, strategy, new SplittableRandom(5)))
                .isEqualTo(s.sampleBatch(3, strategy, new SplittableRandom(5)));
    }

    @Test
    void badParametersAreRefused() {
        assertThatThrownBy(() -> new SamplingStrategy.PrioritizedByReward(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha");
        assertThatThrownBy(() -> new SamplingStrategy.RecencyWeighted(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decay");
        assertThatThrownBy(() -> new SamplingStrategy.Mixed(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stream(1f).sampleBatch(-1, new SamplingStrategy.Uniform(), new SplittableRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.neurograph.engine.reflex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReflexTunerTest {
    private static final AdaptiveTuningConfig EVERY_10 = new AdaptiveTuningConfig(0.3, 0.15, 10, true);

    private static AssociativeMemoryStats stats(long lookups, long hits, long collisions) {
        return new AssociativeMemoryStats(lookups, hits, lookups - hits, collisions, hits, 1, 1, 0);
    }

    @Test
    void aLowHitRateMakesCellsCoarserAndManyCollisionsFiner() {
        AdaptiveTuner t = new AdaptiveTuner(EVERY_10);
        assertThat(t.tune(stats(9, 1, 0), ShiftConfig.DEFAULT)).as("interval not reached").isEmpty();
        assertThat(t.tune(stats(10, 2, 0), ShiftConfig.DEFAULT)).contains(ShiftConfig.DEFAULT.increased());
        // the next window alone: 10 lookups, 8 hits, 2 collisions → hit rate 0.8, collision rate 0.25
        assertThat(t.tune(stats(20, 10, 2), ShiftConfig.DEFAULT)).contains(ShiftConfig.DEFAULT.decreased());
        // next window: 10 lookups, 5 hits, no collisions → fine as it is
        assertThat(t.tune(stats(30, 15, 2), ShiftConfig.DEFAULT)).isEmpty();
    }

    @Test
    void noHitsAtAllOrBoundsReachedChangeNothing() {
        AdaptiveTuner t = new AdaptiveTuner(EVERY_10);
        assertThat(t.tune(stats(10, 0, 0), ShiftConfig.DEFAULT)).isEmpty();
        assertThat(t.tune(stats(20, 1, 0), ShiftConfig.uniform(12))).isEmpty();
        AdaptiveTuner off = new AdaptiveTuner(new AdaptiveTuningConfig(0.3, 0.15, 10, false));
        assertThat(off.tune(stats(10, 2, 0), ShiftConfig.DEFAULT)).isEmpty();
    }
}

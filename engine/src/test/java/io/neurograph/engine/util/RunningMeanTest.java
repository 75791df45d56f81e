package io.neurograph.engine.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunningMeanTest {

    @Test
    void isTheArithmeticMeanNotAnAverageOfAverages() {
        RunningMean m = new RunningMean();
        assertThat(m.mean()).isZero();
        m.add(10);
        m.add(20);
        m.add(30);
        // upstream's (avg + x) / 2 from 0 would give 21.25
        assertThat(m.mean()).isEqualTo(20.0);
        assertThat(m.count()).isEqualTo(3);
    }
}

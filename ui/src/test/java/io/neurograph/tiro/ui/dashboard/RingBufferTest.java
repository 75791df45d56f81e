package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RingBufferTest {

    @Test
    void keepsTheNewestValuesOldestFirst() {
        RingBuffer ring = new RingBuffer(3);
        assertThat(ring.latest()).isNaN();
        for (int i = 1; i <= 5; i++) {
            ring.add(i);
        }
        assertThat(ring.size()).isEqualTo(3);
        assertThat(new double[] {ring.get(0), ring.get(1), ring.get(2)}).containsExactly(3, 4, 5);
        assertThat(ring.latest()).isEqualTo(5);
        assertThatThrownBy(() -> ring.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aCopyDoesNotFollowTheOriginal() {
        RingBuffer ring = new RingBuffer(2);
        ring.add(1);
        RingBuffer copy = ring.copy();
        ring.add(2);
        assertThat(copy.size()).isEqualTo(1);
        assertThat(copy.latest()).isEqualTo(1);
    }
}

package io.neurograph.engine.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssociativeMemoryTest {

    @Test
    void lookupsCountHitsMissesAndCollisions() {
        AssociativeMemory m = new AssociativeMemory(10);
        assertThat(m.lookup(1)).isEmpty();
        assertThat(m.insert(1, new Reflex(100, 5))).isTrue();
        assertThat(m.lookup(1)).containsExactly(new Reflex(100, 5));
        assertThat(m.insert(1, new Reflex(101, 6))).isTrue();
        assertThat(m.lookup(1)).containsExactly(new Reflex(100, 5), new Reflex(101, 6));
        AssociativeMemoryStats s = m.stats();
        assertThat(s.lookups()).isEqualTo(3);
        assertThat(s.hits()).isEqualTo(2);
        assertThat(s.misses()).isEqualTo(1);
        assertThat(s.collisions()).isEqualTo(1);
        assertThat(s.entries()).isEqualTo(1);
        assertThat(s.reflexes()).isEqualTo(2);
        assertThat(s.hitRate()).isEqualTo(2.0 / 3);
        assertThat(s.collisionRate()).isEqualTo(0.5);
        assertThat(s.avgCandidatesPerLookup()).isEqualTo(1.0);
    }

    @Test
    void aReflexIsStoredOncePerCell() {
        AssociativeMemory m = new AssociativeMemory(10);
        assertThat(m.insert(1, new Reflex(100, 5))).isTrue();
        assertThat(m.insert(1, new Reflex(100, 5))).isFalse();
        assertThat(m.insert(2, new Reflex(100, 5))).isTrue();
        assertThat(m.stats().reflexes()).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedCellIsEvicted() {
        AssociativeMemory m = new AssociativeMemory(2);
        m.insert(1, new Reflex(10, 1));
        m.insert(2, new Reflex(20, 2));
        m.insert(2, new Reflex(21, 2));
        m.lookup(1); // 2 is now the least recently used
        m.insert(3, new Reflex(30, 3));
        assertThat(m.lookup(2)).isEmpty();
        assertThat(m.lookup(1)).isNotEmpty();
        assertThat(m.lookup(3)).isNotEmpty();
        AssociativeMemoryStats s = m.stats();
        assertThat(s.entries()).isEqualTo(2);
        assertThat(s.reflexes()).isEqualTo(2);
        assertThat(s.evicted()).isEqualTo(1);
        assertThat(m.reflexes()).containsExactly(new Reflex(10, 1), new Reflex(30, 3));
    }

    @Test
    void clearForgetsReflexesButKeepsCounting() {
        AssociativeMemory m = new AssociativeMemory(2);
        m.insert(1, new Reflex(10, 1));
        m.lookup(1);
        m.clear();
        assertThat(m.lookup(1)).isEmpty();
        assertThat(m.stats().lookups()).isEqualTo(2);
        assertThat(m.stats().reflexes()).isZero();
        assertThatThrownBy(() -> new AssociativeMemory(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

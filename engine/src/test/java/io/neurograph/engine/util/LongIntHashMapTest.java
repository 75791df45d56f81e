package io.neurograph.engine.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntHashMapTest {
    @Test
    void behavesLikeHashMapUnderRandomPutsAndRemoves() {
        for (long seed = 1; seed <= 5; seed++) {
            Random rnd = new Random(seed);
            LongIntHashMap map = new LongIntHashMap(0);
            Map<Long, Integer> reference = new HashMap<>();
            for (int step = 0; step < 20_000; step++) {
                // A small key space forces long probe runs, collisions and backward shifts.
                long key = rnd.nextInt(500) * 1_000_003L - 250_000_000L;
                if (rnd.nextInt(3) == 0) {
                    Integer old = reference.remove(key);
                    assertThat(map.remove(key)).isEqualTo(old == null ? LongIntHashMap.MISSING : old);
                } else {
                    int value = rnd.nextInt(1000);
                    Integer old = reference.put(key, value);
                    assertThat(map.put(key, value)).isEqualTo(old == null ? LongIntHashMap.MISSING : old);
                }
                assertThat(map.size()).isEqualTo(reference.size());
            }
            for (long k = -250_000_000L; k < 250_000_000L; k += 1_000_003L) {
                assertThat(map.get(k)).isEqualTo(reference.getOrDefault(k, LongIntHashMap.MISSING));
            }
            Map<Long, Integer> seen = new HashMap<>();
            map.forEach(seen::put);
            assertThat(seen).isEqualTo(reference);
        }
    }

    @Test
    void clearEmptiesAndRejectsNegativeValues() {
        LongIntHashMap map = new LongIntHashMap();
        map.put(0L, 1);
        map.put(-1L, 2);
        map.clear();
        assertThat(map.size()).isZero();
        assertThat(map.containsKey(0L)).isFalse();
        assertThatThrownBy(() -> map.put(7L, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1").hasMessageContaining("7");
    }
}

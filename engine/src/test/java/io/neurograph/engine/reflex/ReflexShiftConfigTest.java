package io.neurograph.engine.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import org.junit.jupiter.api.Test;

class ReflexShiftConfigTest {

    @Test
    void defaultsAreUpstreams() {
        assertThat(ShiftConfig.DEFAULT.defaultShift()).isEqualTo(6);
        assertThat(ShiftConfig.DEFAULT.shifts()).containsExactly(4, 4, 5, 6, 6, 6, 8, 8);
        assertThat(ShiftConfig.DEFAULT.override(3)).isEqualTo(ShiftConfig.NONE);
        assertThat(GridHash.defaultShifts()).containsExactly(ShiftConfig.DEFAULT.shifts());
    }

    @Test
    void increaseAndDecreaseMoveEveryShiftWithinTheBounds() {
        ShiftConfig up = ShiftConfig.DEFAULT.increased();
        assertThat(up.defaultShift()).isEqualTo(7);
        assertThat(up.shifts()).containsExactly(5, 5, 6, 7, 7, 7, 9, 9);
        assertThat(ShiftConfig.uniform(12).increased()).isEqualTo(ShiftConfig.uniform(12));
        assertThat(ShiftConfig.uniform(2).decreased()).isEqualTo(ShiftConfig.uniform(2));
        ShiftConfig high = new ShiftConfig(11, new int[] {12, 0, 0, 0, 0, 0, 0, 2});
        assertThat(high.increased().shifts()).containsExactly(12, 12, 12, 12, 12, 12, 12, 3);
        assertThat(ShiftConfig.DEFAULT.decreased().shifts()).containsExactly(3, 3, 4, 5, 5, 5, 7, 7);
    }

    @Test
    void adjustingOneSpaceClampsAndOverrides() {
        ShiftConfig s = ShiftConfig.DEFAULT.adjusted(3, 10);
        assertThat(s.shift(3)).isEqualTo(12);
        assertThat(s.override(3)).isEqualTo(12);
        assertThat(s.defaultShift()).isEqualTo(6);
        assertThat(ShiftConfig.DEFAULT.adjusted(0, -5).shift(0)).isEqualTo(2);
        assertThat(ShiftConfig.uniform(9).shifts()).containsOnly(9);
    }

    @Test
    void outOfRangeShiftsAreRefused() {
        assertThatThrownBy(() -> ShiftConfig.uniform(13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2..12").hasMessageContaining("13");
        assertThatThrownBy(() -> new ShiftConfig(6, new int[] {1, 0, 0, 0, 0, 0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L1");
        assertThatThrownBy(() -> new ShiftConfig(6, new int[7])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8");
    }

    @Test
    void coarserShiftsPutMoreStatesInOneCell() {
        Token a = Token.builder().coordinates(CoordinateSpace.L8_ABSTRACT, 0.01f, 0, 0).build();
        Token b = Token.builder().coordinates(CoordinateSpace.L8_ABSTRACT, 0.03f, 0, 0).build();
        assertThat(GridHash.compute(a, ShiftConfig.DEFAULT)).isEqualTo(GridHash.compute(a));
        assertThat(GridHash.compute(a, ShiftConfig.DEFAULT)).isNotEqualTo(GridHash.compute(b, ShiftConfig.DEFAULT));
        assertThat(GridHash.compute(a, ShiftConfig.uniform(12))).isEqualTo(GridHash.compute(b, ShiftConfig.uniform(12)));
    }
}

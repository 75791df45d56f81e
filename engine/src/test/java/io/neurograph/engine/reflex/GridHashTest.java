package io.neurograph.engine.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import org.junit.jupiter.api.Test;

class GridHashTest {
    private static final int[][] COORDS = {
        {100, 200, 300}, {-1, 5, 1000}, {0, 0, 0}, {32767, -32768, 7},
        {1, 2, 3}, {10, 20, 30}, {-100, 0, 100}, {5000, -5000, 0}
    };

    @Test
    void allZeroTokenMatchesUpstreamVector() {
        assertThat(GridHash.compute(new short[24], GridHash.defaultShifts())).isEqualTo(0x7081810500100030L);
    }

    @Test
    void mixedCoordinatesMatchUpstreamVector() {
        Token.Builder b = Token.builder();
        for (int s = 0; s < 8; s++) {
            b.rawCoordinates(CoordinateSpace.of(s), (short) COORDS[s][0], (short) COORDS[s][1], (short) COORDS[s][2]);
        }
        assertThat(GridHash.compute(b.build())).isEqualTo(0x4f0e04bf001c3febL);
    }

    @Test
    void nearbyStatesShareAHashAndDistantOnesDoNot() {
        short[] a = new short[24];
        short[] b = new short[24];
        b[0] = 15; // below 2^4: same L1 cell
        short[] c = new short[24];
        c[0] = 16;
        int[] shifts = GridHash.defaultShifts();
        assertThat(GridHash.compute(b, shifts)).isEqualTo(GridHash.compute(a, shifts));
        assertThat(GridHash.compute(c, shifts)).isNotEqualTo(GridHash.compute(a, shifts));
    }

    @Test
    void defaultShiftsAreACopy() {
        GridHash.defaultShifts()[0] = 12;
        assertThat(GridHash.defaultShifts()).containsExactly(4, 4, 5, 6, 6, 6, 8, 8);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> GridHash.compute(new short[23], GridHash.defaultShifts()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24").hasMessageContaining("23");
        assertThatThrownBy(() -> GridHash.compute(new short[24], new int[7]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 shifts");
        assertThatThrownBy(() -> GridHash.compute(new short[24], new int[] {4, 4, 5, 6, 13, 6, 8, 8}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L5").hasMessageContaining("13");
    }
}

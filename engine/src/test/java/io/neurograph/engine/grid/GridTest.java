package io.neurograph.engine.grid;

import static io.neurograph.engine.token.CoordinateSpace.L1_PHYSICAL;
import static io.neurograph.engine.token.CoordinateSpace.L2_SENSORY;
import static io.neurograph.engine.token.CoordinateSpace.L8_ABSTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {
    private static float[] uniform(float size) {
        float[] sizes = new float[8];
        Arrays.fill(sizes, size);
        return sizes;
    }

    private static Token at(long id, float x, float y, float z) {
        Token.Builder b = Token.builder().id(id).coordinates(L1_PHYSICAL, x, y, z);
        for (int s = 1; s < 8; s++) {
            b.undefine(CoordinateSpace.of(s));
        }
        return b.build();
    }

    @Test
    void neighborsExcludeCentreAndSortByDistanceThenId() {
        Grid grid = new Grid(uniform(10));
        grid.put(at(1, 0, 0, 0));
        grid.put(at(2, 3, 4, 0));
        grid.put(at(3, 0, 5, 0));
        grid.put(at(4, 1, 0, 0));
        grid.put(at(5, 50, 0, 0));
        assertThat(grid.neighbors(1, L1_PHYSICAL, 10, 10)).containsExactly(
                new Neighbor(4, 1f), new Neighbor(2, 5f), new Neighbor(3, 5f));
        assertThat(grid.neighbors(1, L1_PHYSICAL, 10, 2)).containsExactly(new Neighbor(4, 1f), new Neighbor(2, 5f));
        assertThat(grid.neighbors(1, L1_PHYSICAL, 0, 5)).isEmpty();
    }

    @Test
    void rangeIncludesTokenAtTheCentre() {
        Grid grid = new Grid(uniform(10));
        grid.put(at(7, 1, 1, 1));
        grid.put(at(8, 1, 1, 2));
        assertThat(grid.range(L1_PHYSICAL, 1, 1, 1, 1)).containsExactly(new Neighbor(7, 0f), new Neighbor(8, 1f));
    }

    @Test
    void undefinedSpacesAreNotIndexedButTokenIsKnown() {
        Grid grid = new Grid(uniform(10));
        grid.put(at(1, 0, 0, 0));
        grid.put(at(2, 0, 0, 0));
        assertThat(grid.range(L8_ABSTRACT, 0, 0, 0, 100)).isEmpty();
        assertThat(grid.neighbors(1, L8_ABSTRACT, 100, 5)).isEmpty();
        assertThat(grid.contains(1)).isTrue();
    }

    @Test
    void freshTokensSitAtTheOriginOfEverySpace() {
        Grid grid = new Grid(uniform(10));
        grid.put(Token.builder().id(1).build());
        grid.put(Token.builder().id(2).build());
        for (CoordinateSpace s : CoordinateSpace.values()) {
            assertThat(grid.neighbors(1, s, 0, 5)).containsExactly(new Neighbor(2, 0f));
        }
    }

    @Test
    void rePutMovesAndCanUndefineASpace() {
        Grid grid = new Grid(uniform(10));
        grid.put(at(1, 0, 0, 0));
        grid.put(at(2, 100, 100, 100));
        grid.put(at(2, 1, 0, 0));
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.neighbors(1, L1_PHYSICAL, 5, 5)).containsExactly(new Neighbor(2, 1f));
        assertThat(grid.range(L1_PHYSICAL, 100, 100, 100, 5)).isEmpty();

        short[] raw = new short[24];
        raw[0] = CoordinateSpace.UNDEFINED_RAW;
        grid.put(2, raw, 0, 0);
        assertThat(grid.neighbors(1, L1_PHYSICAL, 5, 5)).isEmpty();
        assertThat(grid.neighbors(1, L2_SENSORY, 5, 5)).isEmpty(); // token 1 undefined in L2
    }

    @Test
    void removeAndClear() {
        Grid grid = new Grid(uniform(10));
        grid.put(at(1, 0, 0, 0));
        grid.put(at(2, 1, 0, 0));
        assertThat(grid.remove(2)).isTrue();
        assertThat(grid.remove(2)).isFalse();
        assertThat(grid.neighbors(1, L1_PHYSICAL, 5, 5)).isEmpty();
        grid.clear();
        assertThat(grid.size()).isZero();
        assertThat(grid.contains(1)).isFalse();
        grid.put(at(3, 0, 0, 0));
        assertThat(grid.range(L1_PHYSICAL, 0, 0, 0, 1)).containsExactly(new Neighbor(3, 0f));
    }

    @Test
    void setBucketSizeKeepsAnswers() {
        Grid grid = new Grid(uniform(10));
        grid.put(at(1, 0, 0, 0));
        grid.put(at(2, 12, 0, 0));
        grid.setBucketSize(L1_PHYSICAL, 0.5f);
        assertThat(grid.bucketSize(L1_PHYSICAL)).isEqualTo(0.5f);
        assertThat(grid.bucketSize(L2_SENSORY)).isEqualTo(10f);
        assertThat(grid.neighbors(1, L1_PHYSICAL, 20, 5)).containsExactly(new Neighbor(2, 12f));
    }

    @Test
    void fieldInfluenceIsLinearFallOffAndIgnoresZeroRadius() {
        Grid grid = new Grid(uniform(10));
        short[] raw = at(1, 0, 0, 0).rawCoordinates();
        grid.put(1, raw, 200, 255); // R = 2, S = 1
        grid.put(2, raw, 100, 51); // R = 1, S = 0.2
        grid.put(3, raw, 0, 255); // R = 0: no field, and no NaN
        assertThat(grid.fieldInfluence(L1_PHYSICAL, 0.5f, 0, 0, 10))
                .isCloseTo(1f * (1 - 0.5f / 2) + 0.2f * (1 - 0.5f / 1), within(1e-6f));
        assertThat(grid.fieldInfluence(L1_PHYSICAL, 1.5f, 0, 0, 10)).isCloseTo(0.25f, within(1e-6f));
        assertThat(grid.fieldInfluence(L1_PHYSICAL, 0, 0, 0, 10)).isCloseTo(1.2f, within(1e-6f));
        assertThat(grid.fieldInfluence(L1_PHYSICAL, 0.5f, 0, 0, 0.1f)).isZero(); // query radius excludes all
    }

    @Test
    void densityCountsPerBallVolume() {
        Grid grid = new Grid(uniform(10));
        grid.put(at(1, 0, 0, 0));
        grid.put(at(2, 1, 0, 0));
        grid.put(at(3, 5, 0, 0));
        assertThat(grid.density(L1_PHYSICAL, 0, 0, 0, 2)).isCloseTo((float) (2 / (4.0 / 3 * Math.PI * 8)), within(1e-7f));
        assertThatThrownBy(() -> grid.density(L1_PHYSICAL, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("> 0");
    }

    @Test
    void unknownTokenIsNamed() {
        Grid grid = new Grid(uniform(10));
        assertThatThrownBy(() -> grid.neighbors(42, L1_PHYSICAL, 1, 1))
                .isInstanceOf(UnknownTokenException.class).hasMessage("Token 42 is not in the grid");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new Grid(new float[7])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7");
        float[] sizes = uniform(10);
        sizes[3] = Float.NaN;
        assertThatThrownBy(() -> new Grid(sizes)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L4");
        sizes[3] = -1;
        assertThatThrownBy(() -> new Grid(sizes)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L4");

        Grid grid = new Grid(uniform(10));
        grid.put(at(1, 0, 0, 0));
        assertThatThrownBy(() -> grid.setBucketSize(L2_SENSORY, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L2");
        assertThatThrownBy(() -> grid.neighbors(1, L1_PHYSICAL, -1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> grid.neighbors(1, L1_PHYSICAL, Float.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> grid.neighbors(1, L1_PHYSICAL, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max");
        assertThatThrownBy(() -> grid.range(L1_PHYSICAL, Float.NaN, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> grid.range(L1_PHYSICAL, 0, 0, 0, Float.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> grid.put(1L << 32, new short[24], 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(1L << 32));
        assertThatThrownBy(() -> grid.put(5, new short[3], 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Token 5");
        assertThatThrownBy(() -> grid.put(5, new short[24], 256, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("256");
    }

    @Test
    void hugeRadiusOnTinyBucketsFindsFarTokens() {
        float[] sizes = uniform(10);
        sizes[0] = Grid.minBucketSize(L1_PHYSICAL);
        Grid grid = new Grid(sizes);
        grid.put(at(1, -327.68f, -327.68f, -327.68f));
        grid.put(at(2, 327.67f, 327.67f, 327.67f));
        List<Neighbor> far = grid.neighbors(1, L1_PHYSICAL, 1e6f, 3);
        assertThat(far).extracting(Neighbor::id).containsExactly(2L);
        assertThat(grid.range(L1_PHYSICAL, 0, 0, 0, 1e6f)).hasSize(2);
    }
}

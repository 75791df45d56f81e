package io.neurograph.engine.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.token.CoordinateSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seeded random workloads checked against a brute-force scan. */
class GridPropertyTest {
    private record Stored(short[] raw, int radius, int strength) {
    }

    @ParameterizedTest(name = "seed {0}, bucket {1}")
    @CsvSource({"1, 10", "2, 0.7", "3, 1000", "4, 0.05", "5, 3", "6, 64"})
    void queriesMatchBruteForce(long seed, float bucket) {
        Random rnd = new Random(seed);
        CoordinateSpace space = CoordinateSpace.L1_PHYSICAL;
        float[] sizes = new float[8];
        Arrays.fill(sizes, bucket);
        sizes[7] = 0.3f; // L8 decodes to ±3.28
        Grid grid = new Grid(sizes);
        Map<Long, Stored> reference = new HashMap<>();
        for (int step = 0; step < 1500; step++) {
            long id = rnd.nextInt(400) + (rnd.nextBoolean() ? 0 : 0xFFFF_FE00L);
            if (rnd.nextInt(6) == 0) {
                assertThat(grid.remove(id)).isEqualTo(reference.remove(id) != null);
            } else {
                Stored s = new Stored(randomRaw(rnd, bucket), rnd.nextInt(256), rnd.nextInt(256));
                grid.put(id, s.raw, s.radius, s.strength);
                reference.put(id, s);
            }
        }
        assertThat(grid.size()).isEqualTo(reference.size());
        List<Long> ids = new ArrayList<>(reference.keySet());
        for (int q = 0; q < 300; q++) {
            CoordinateSpace sp = rnd.nextInt(4) == 0 ? CoordinateSpace.L8_ABSTRACT : space;
            float radius = randomRadius(rnd, sp);
            long center = ids.get(rnd.nextInt(ids.size()));
            int max = rnd.nextInt(3) == 0 ? Integer.MAX_VALUE : 1 + rnd.nextInt(12);
            assertThat(grid.neighbors(center, sp, radius, max))
                    .as("neighbors of %d in %s r=%s max=%d", center, sp, radius, max)
                    .isEqualTo(bruteNeighbors(reference, center, sp, radius, max));

            float[] p = randomPoint(rnd, sp);
            assertThat(grid.range(sp, p[0], p[1], p[2], radius))
                    .as("range around %s r=%s", Arrays.toString(p), radius)
                    .isEqualTo(bruteRange(reference, sp, p, radius, -1));
            assertThat(grid.fieldInfluence(sp, p[0], p[1], p[2], radius))
                    .isCloseTo(bruteField(reference, sp, p, radius), within(1e-3f));
        }
        grid.setBucketSize(space, bucket * 2.5f);
        for (int q = 0; q < 50; q++) {
            float radius = randomRadius(rnd, space);
            long center = ids.get(rnd.nextInt(ids.size()));
            assertThat(grid.neighbors(center, space, radius, 7)).isEqualTo(bruteNeighbors(reference, center, space, radius, 7));
        }
    }

    private static short[] randomRaw(Random rnd, float bucket) {
        short[] raw = new short[24];
        for (int i = 0; i < 24; i++) {
            raw[i] = (short) (rnd.nextInt(60_001) - 30_000);
        }
        if (rnd.nextInt(4) == 0) {
            // Exactly on L1 bucket borders (including negative ones), where floor() matters.
            for (int a = 0; a < 3; a++) {
                raw[a] = (short) Math.max(-32768, Math.min(32767, Math.round((rnd.nextInt(9) - 4) * bucket * 100)));
            }
        }
        if (rnd.nextInt(8) == 0) {
            raw[0] = CoordinateSpace.UNDEFINED_RAW;
        }
        if (rnd.nextInt(10) == 0) {
            raw[21] = raw[22] = raw[23] = 0;
        }
        return raw;
    }

    private static float randomRadius(Random rnd, CoordinateSpace sp) {
        float span = sp.maxAbs();
        return switch (rnd.nextInt(5)) {
            case 0 -> 0f;
            case 1 -> 1e6f; // everything
            default -> rnd.nextFloat() * span * 0.3f;
        };
    }

    private static float[] randomPoint(Random rnd, CoordinateSpace sp) {
        float span = sp.maxAbs() * 1.2f; // sometimes outside the representable range
        return new float[] {(rnd.nextFloat() * 2 - 1) * span, (rnd.nextFloat() * 2 - 1) * span, (rnd.nextFloat() * 2 - 1) * span};
    }

    private static float[] decoded(Stored s, CoordinateSpace sp) {
        int b = sp.ordinal() * 3;
        return new float[] {sp.decode(s.raw[b]), sp.decode(s.raw[b + 1]), sp.decode(s.raw[b + 2])};
    }

    private static List<Neighbor> bruteNeighbors(Map<Long, Stored> ref, long center, CoordinateSpace sp, float r, int max) {
        Stored c = ref.get(center);
        if (c.raw[sp.ordinal() * 3] == CoordinateSpace.UNDEFINED_RAW) {
            return List.of();
        }
        List<Neighbor> all = bruteRange(ref, sp, decoded(c, sp), r, center);
        return all.subList(0, Math.min(max, all.size()));
    }

    private static List<Neighbor> bruteRange(Map<Long, Stored> ref, CoordinateSpace sp, float[] p, float r, long exclude) {
        List<Neighbor> out = new ArrayList<>();
        ref.forEach((id, s) -> {
            if (id == exclude || s.raw[sp.ordinal() * 3] == CoordinateSpace.UNDEFINED_RAW) {
                return;
            }
            double d = distance(decoded(s, sp), p);
            if (d <= r) {
                out.add(new Neighbor(id, (float) d));
            }
        });
        out.sort(Comparator.comparingDouble(Neighbor::distance).thenComparingLong(Neighbor::id));
        return out;
    }

    private static float bruteField(Map<Long, Stored> ref, CoordinateSpace sp, float[] p, float r) {
        double sum = 0;
        for (Stored s : ref.values()) {
            if (s.raw[sp.ordinal() * 3] == CoordinateSpace.UNDEFINED_RAW) {
                continue;
            }
            double d = distance(decoded(s, sp), p);
            double fr = s.radius / 100.0;
            if (d <= r && fr > 0 && d <= fr) {
                sum += s.strength / 255.0 * (1 - d / fr);
            }
        }
        return (float) sum;
    }

    private static double distance(float[] a, float[] p) {
        double dx = (double) a[0] - p[0];
        double dy = (double) a[1] - p[1];
        double dz = (double) a[2] - p[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}

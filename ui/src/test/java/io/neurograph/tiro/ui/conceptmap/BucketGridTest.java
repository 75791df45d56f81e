package io.neurograph.tiro.ui.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BucketGridTest {

    @Test
    void findsTheSamePointAsAFullScan() throws Exception {
        PointCloud cloud = new PointCloud();
        cloud.append(SyntheticPoints.clusters(20_000, 7).read(20_000, 0));
        PointCloud scanned = new PointCloud();
        scanned.append(SyntheticPoints.clusters(20_000, 7).read(20_000, 0));
        cloud.useGrid(cloud.gridTask().call());
        Random random = new Random(11);
        for (int q = 0; q < 2_000; q++) {
            double wx = (random.nextDouble() - 0.5) * 7;
            double wy = (random.nextDouble() - 0.5) * 7;
            double radius = random.nextDouble() * 0.05;
            int found = cloud.nearest(wx, wy, radius);
            int expected = scanned.nearest(wx, wy, radius);
            if (expected < 0) {
                assertThat(found).isEqualTo(-1);
            } else {
                assertThat(distance(cloud, found, wx, wy)).isEqualTo(distance(cloud, expected, wx, wy));
            }
        }
    }

    @Test
    void aGridBuiltBeforeMorePointsArrivedIsNotUsed() throws Exception {
        PointCloud cloud = new PointCloud();
        SyntheticPoints points = SyntheticPoints.clusters(100, 3);
        cloud.append(points.read(50, 0));
        BucketGrid stale = cloud.gridTask().call();
        cloud.append(points.read(50, 50));

        cloud.useGrid(stale);

        int last = 99;
        assertThat(cloud.nearest(cloud.x(last), cloud.y(last), 1e-6)).isEqualTo(last);
    }

    @Test
    void handlesPointsWithoutExtent() throws Exception {
        PointCloud cloud = new PointCloud();
        cloud.append(new SyntheticPoints(new float[] {1, 1}, new float[] {2, 2}, new String[] {"a", "b"})
                .read(10, 0));
        cloud.useGrid(cloud.gridTask().call());

        assertThat(cloud.nearest(1.001, 2, 0.01)).isIn(0, 1);
        assertThat(cloud.nearest(1.5, 2, 0.01)).isEqualTo(-1);
    }

    private static double distance(PointCloud cloud, int i, double wx, double wy) {
        double dx = cloud.x(i) - wx;
        double dy = cloud.y(i) - wy;
        return dx * dx + dy * dy;
    }
}

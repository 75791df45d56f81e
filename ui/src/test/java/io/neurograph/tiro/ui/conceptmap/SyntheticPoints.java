package io.neurograph.tiro.ui.conceptmap;

import java.util.Random;

/**
 * A point source for tests: either explicit points, or {@code count} points in a few Gaussian clusters inside
 * the L8 box (labelled "w0", "w1", …), the same for the same seed. Items whose index is a multiple of
 * {@code unplacedEvery} have no position, like tokens without L8 coordinates.
 */
final class SyntheticPoints implements PointSource {
    private final long[] ids;
    private final float[] x;
    private final float[] y;
    private final String[] labels;
    private final int unplacedEvery;

    SyntheticPoints(float[] x, float[] y, String[] labels) {
        this.x = x;
        this.y = y;
        this.labels = labels;
        this.ids = new long[x.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 100 + i;
        }
        this.unplacedEvery = 0;
    }

    private SyntheticPoints(int count, long seed, int unplacedEvery) {
        Random random = new Random(seed);
        this.ids = new long[count];
        this.x = new float[count];
        this.y = new float[count];
        this.labels = new String[count];
        this.unplacedEvery = unplacedEvery;
        float[][] centres = new float[8][2];
        for (float[] c : centres) {
            c[0] = (random.nextFloat() - 0.5f) * 4;
            c[1] = (random.nextFloat() - 0.5f) * 4;
        }
        for (int i = 0; i < count; i++) {
            float[] c = centres[random.nextInt(centres.length)];
            ids[i] = i + 1;
            x[i] = (float) Math.clamp(c[0] + random.nextGaussian() * 0.3, -3.2, 3.2);
            y[i] = (float) Math.clamp(c[1] + random.nextGaussian() * 0.3, -3.2, 3.2);
            labels[i] = "w" + i;
        }
    }

    static SyntheticPoints clusters(int count, long seed) {
        return new SyntheticPoints(count, seed, 0);
    }

    static SyntheticPoints clustersWithUnplaced(int count, long seed, int unplacedEvery) {
        return new SyntheticPoints(count, seed, unplacedEvery);
    }

    @Override
    public PointPage read(int limit, long offset) {
        int from = (int) Math.min(offset, ids.length);
        int to = (int) Math.min(offset + limit, ids.length);
        int placed = 0;
        for (int i = from; i < to; i++) {
            placed += isPlaced(i) ? 1 : 0;
        }
        long[] pageIds = new long[placed];
        float[] pageX = new float[placed];
        float[] pageY = new float[placed];
        String[] pageLabels = new String[placed];
        int k = 0;
        for (int i = from; i < to; i++) {
            if (isPlaced(i)) {
                pageIds[k] = ids[i];
                pageX[k] = x[i];
                pageY[k] = y[i];
                pageLabels[k] = labels[i];
                k++;
            }
        }
        return new PointPage(to - from, pageIds, pageX, pageY, pageLabels);
    }

    private boolean isPlaced(int i) {
        return unplacedEvery == 0 || i % unplacedEvery != 0;
    }
}

package io.neurograph.tiro.ui.conceptmap;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The loaded points in growing primitive arrays (100 000 points cost about 2.4 MB plus their labels), their
 * bounds, and a {@link BucketGrid} for hit tests, built off the FX thread by {@link #gridTask()}. Used on the
 * FX thread, except that a grid task reads the first {@code size} entries: appending only writes after them,
 * and {@link #clear()} starts new arrays, so a running task never sees a write.
 */
final class PointCloud {
    private long[] ids = new long[0];
    private float[] x = new float[0];
    private float[] y = new float[0];
    private String[] labels = new String[0];
    private int size;
    private float minX = Float.POSITIVE_INFINITY;
    private float minY = Float.POSITIVE_INFINITY;
    private float maxX = Float.NEGATIVE_INFINITY;
    private float maxY = Float.NEGATIVE_INFINITY;
    private BucketGrid grid;

    void clear() {
        ids = new long[0];
        x = new float[0];
        y = new float[0];
        labels = new String[0];
        size = 0;
        minX = minY = Float.POSITIVE_INFINITY;
        maxX = maxY = Float.NEGATIVE_INFINITY;
        grid = null;
    }

    void append(PointSource.PointPage page) {
        int n = page.size();
        ensureCapacity(size + n);
        System.arraycopy(page.ids(), 0, ids, size, n);
        System.arraycopy(page.x(), 0, x, size, n);
        System.arraycopy(page.y(), 0, y, size, n);
        System.arraycopy(page.labels(), 0, labels, size, n);
        for (int i = size; i < size + n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        size += n;
        grid = null;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > ids.length) {
            int grown = Math.max(capacity, ids.length + (ids.length >> 1) + 16);
            ids = Arrays.copyOf(ids, grown);
            x = Arrays.copyOf(x, grown);
            y = Arrays.copyOf(y, grown);
            labels = Arrays.copyOf(labels, grown);
        }
    }

    int size() {
        return size;
    }

    long id(int i) {
        return ids[i];
    }

    float x(int i) {
        return x[i];
    }

    float y(int i) {
        return y[i];
    }

    /** The token's label, or "#id" for a token without one. */
    String label(int i) {
        return labels[i] != null ? labels[i] : "#" + ids[i];
    }

    float minX() {
        return minX;
    }

    float minY() {
        return minY;
    }

    float maxX() {
        return maxX;
    }

    float maxY() {
        return maxY;
    }

    /** Builds a grid over the points as they are now; safe to call off the FX thread. */
    Callable<BucketGrid> gridTask() {
        float[] gridX = x;
        float[] gridY = y;
        int count = size;
        float left = minX;
        float bottom = minY;
        float right = maxX;
        float top = maxY;
        return () -> new BucketGrid(gridX, gridY, count, left, bottom, right, top);
    }

    /** Uses a grid from {@link #gridTask()} if no point was added since. */
    void useGrid(BucketGrid built) {
        if (built.count() == size) {
            grid = built;
        }
    }

    /**
     * The index of the point nearest to (wx, wy) within {@code radius} (world units), or -1. Until the grid is
     * built this scans every point, which is still well under a millisecond for 100 000.
     */
    int nearest(double wx, double wy, double radius) {
        if (grid != null) {
            return grid.nearest(wx, wy, radius);
        }
        int best = -1;
        double bestDistance = radius * radius;
        for (int i = 0; i < size; i++) {
            double dx = x[i] - wx;
            double dy = y[i] - wy;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * The point whose label best matches {@code text} (case-insensitive): an equal label, else the shortest
     * label starting with it, else the shortest containing it; -1 when none does.
     */
    int find(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return -1;
        }
        int prefix = -1;
        int contains = -1;
        for (int i = 0; i < size; i++) {
            if (labels[i] == null) {
                continue;
            }
            String label = labels[i].toLowerCase(Locale.ROOT);
            if (label.equals(wanted)) {
                return i;
            }
            if (label.startsWith(wanted)) {
                prefix = shorter(prefix, i);
            } else if (label.contains(wanted)) {
                contains = shorter(contains, i);
            }
        }
        return prefix >= 0 ? prefix : contains;
    }

    private int shorter(int current, int candidate) {
        return current < 0 || labels[candidate].length() < labels[current].length() ? candidate : current;
    }
}

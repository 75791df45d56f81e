package io.neurograph.tiro.ui.conceptmap;

import java.util.Arrays;
import java.util.Locale;

/**
 * The loaded points in growing primitive arrays (100 000 points cost about 2.4 MB plus their labels), their
 * bounds, and a {@link BucketGrid} rebuilt lazily after the points change. Used on the FX thread only.
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

    /** The index of the point nearest to (wx, wy) within {@code radius} (world units), or -1. */
    int nearest(double wx, double wy, double radius) {
        if (size == 0) {
            return -1;
        }
        if (grid == null) {
            grid = new BucketGrid(x, y, size, minX, minY, maxX, maxY);
        }
        return grid.nearest(wx, wy, radius);
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

package io.neurograph.tiro.ui.conceptmap;

/**
 * A uniform grid over the points' bounds whose cells list the points inside them (counting sort into one
 * array), so that the point under the mouse is found by looking at a few cells instead of every point.
 */
final class BucketGrid {
    private static final int MAX_SIDE = 512;
    /** Aim for a handful of points per cell. */
    private static final int POINTS_PER_CELL = 4;

    private final float[] x;
    private final float[] y;
    private final float minX;
    private final float minY;
    private final int side;
    private final float cellWidth;
    private final float cellHeight;
    private final int[] cellStart;
    private final int[] items;

    BucketGrid(float[] x, float[] y, int count, float minX, float minY, float maxX, float maxY) {
        this.x = x;
        this.y = y;
        this.minX = minX;
        this.minY = minY;
        this.side = (int) Math.clamp(Math.sqrt((double) count / POINTS_PER_CELL), 1, MAX_SIDE);
        this.cellWidth = Math.max(maxX - minX, Float.MIN_NORMAL) / side;
        this.cellHeight = Math.max(maxY - minY, Float.MIN_NORMAL) / side;
        this.cellStart = new int[side * side + 1];
        this.items = new int[count];
        int[] cellOf = new int[count];
        for (int i = 0; i < count; i++) {
            cellOf[i] = cell(column(x[i]), row(y[i]));
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < side * side; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = cellStart.clone();
        for (int i = 0; i < count; i++) {
            items[fill[cellOf[i]]++] = i;
        }
    }

    /** How many points the grid holds. */
    int count() {
        return items.length;
    }

    /** The index of the point nearest to (wx, wy) within {@code radius}, or -1. */
    int nearest(double wx, double wy, double radius) {
        int c0 = column(wx - radius);
        int c1 = column(wx + radius);
        int r0 = row(wy - radius);
        int r1 = row(wy + radius);
        int best = -1;
        double bestDistance = radius * radius;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = cell(c, r);
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = items[k];
                    double dx = x[i] - wx;
                    double dy = y[i] - wy;
                    double d = dx * dx + dy * dy;
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    private int column(double wx) {
        return (int) Math.clamp((long) Math.floor((wx - minX) / cellWidth), 0, side - 1);
    }

    private int row(double wy) {
        return (int) Math.clamp((long) Math.floor((wy - minY) / cellHeight), 0, side - 1);
    }

    private int cell(int column, int row) {
        return row * side + column;
    }
}

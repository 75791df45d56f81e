package io.neurograph.tiro.ui.conceptmap;

/**
 * Where the concept map's points come from, read page by page off the FX thread. The engine's tokens are the
 * real source ({@link EngineTokenPoints}); tests use synthetic clouds of any size.
 */
public interface PointSource {

    /**
     * Reads the points among the next {@code limit} items after skipping {@code offset} items. Items that have
     * no position are skipped, so a page may hold fewer points than it {@linkplain PointPage#scanned() scanned};
     * a page that scanned fewer than {@code limit} items is the last one.
     */
    PointPage read(int limit, long offset);

    /** One page of points in parallel arrays; {@code labels[i]} may be null. */
    record PointPage(int scanned, long[] ids, float[] x, float[] y, String[] labels) {
        public PointPage {
            if (x.length != ids.length || y.length != ids.length || labels.length != ids.length) {
                throw new IllegalArgumentException("the arrays of a page must have the same length");
            }
        }

        public int size() {
            return ids.length;
        }
    }
}

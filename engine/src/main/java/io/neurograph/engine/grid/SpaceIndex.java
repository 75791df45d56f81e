package io.neurograph.engine.grid;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.util.IndexPool;
import io.neurograph.engine.util.LongIntHashMap;
import java.util.Arrays;

/**
 * The bucket hash of one coordinate space. Tokens are addressed by the grid's slot numbers. Each
 * occupied bucket (found by its packed key) holds an int array of slots and, beside it, a float
 * array of their decoded (x, y, z): a bucket scan reads memory sequentially instead of missing
 * the cache once per coordinate. Not thread-safe: {@link Grid} locks.
 *
 * <p>Every search prunes whole buckets by the distance from the query point to the bucket's box,
 * and never probes more bucket keys than there are occupied buckets: past that point it walks the
 * occupied buckets instead, so a huge radius costs O(buckets), not O(r³).
 */
final class SpaceIndex {
    /** Bits per axis in a packed bucket key; keys stay well inside ±2^19 (see {@link #minBucketSize}). */
    private static final int AXIS_BITS = 21;
    private static final int AXIS_OFFSET = 1 << (AXIS_BITS - 1);
    private static final long AXIS_MASK = (1L << AXIS_BITS) - 1;
    /** Relative slack that keeps box pruning conservative against floating-point rounding. */
    private static final double SLACK = 1e-9;

    private final CoordinateSpace space;
    private double bucket;

    // Per slot (grown lazily: a space nobody uses costs nothing).
    private int[] bucketOf = new int[0];
    private int[] posInBucket = new int[0];

    // Per bucket.
    private final LongIntHashMap bucketByKey = new LongIntHashMap();
    private int[] keyX = new int[16];
    private int[] keyY = new int[16];
    private int[] keyZ = new int[16];
    private int[][] slots = new int[16][];
    private float[][] coords = new float[16][];
    private int[] lengths = new int[16];
    private int bucketHigh;
    private final IndexPool freeBuckets = new IndexPool();
    private int liveBuckets;

    // Bounds of every key ever occupied since the last rebuild; conservative, never shrink.
    private final int[] minKey = new int[3];
    private final int[] maxKey = new int[3];

    SpaceIndex(CoordinateSpace space, float bucketSize) {
        this.space = space;
        this.bucket = validBucketSize(space, bucketSize);
        resetBounds();
    }

    /**
     * Smallest accepted bucket size: keeps every decoded coordinate's bucket key within ±2^19 so
     * that keys pack into 21 bits per axis without collisions.
     */
    static float minBucketSize(CoordinateSpace space) {
        return 2f * 32768f / space.scale() / (1 << (AXIS_BITS - 1));
    }

    static float validBucketSize(CoordinateSpace space, float size) {
        float min = minBucketSize(space);
        if (!Float.isFinite(size) || size < min) {
            throw new IllegalArgumentException("Bucket size for " + space.code() + " (" + space.title()
                    + ") must be finite and >= " + min + ", got " + size);
        }
        return size;
    }

    float bucketSize() {
        return (float) bucket;
    }

    boolean contains(int slot) {
        return slot < bucketOf.length && bucketOf[slot] >= 0;
    }

    /** Indexes a slot at (x, y, z) or moves it there. */
    void put(int slot, float x, float y, float z) {
        ensureSlot(slot);
        int kx = key(x);
        int ky = key(y);
        int kz = key(z);
        int current = bucketOf[slot];
        if (current >= 0 && keyX[current] == kx && keyY[current] == ky && keyZ[current] == kz) {
            setCoords(coords[current], posInBucket[slot], x, y, z);
            return;
        }
        if (current >= 0) {
            unlink(slot);
        }
        link(slot, x, y, z, kx, ky, kz);
    }

    void remove(int slot) {
        if (contains(slot)) {
            unlink(slot);
        }
    }

    void clear() {
        bucketOf = new int[0];
        posInBucket = new int[0];
        clearBuckets();
    }

    /** Re-buckets every indexed slot under a new bucket size. */
    void rebuild(float newBucketSize) {
        bucket = validBucketSize(space, newBucketSize);
        Arrays.fill(bucketOf, -1);
        int[][] oldSlots = slots;
        float[][] oldCoords = coords;
        int[] oldLengths = lengths;
        int oldHigh = bucketHigh;
        clearBuckets();
        for (int b = 0; b < oldHigh; b++) {
            float[] c = oldCoords[b];
            for (int i = 0; i < oldLengths[b]; i++) {
                float x = c[3 * i];
                float y = c[3 * i + 1];
                float z = c[3 * i + 2];
                link(oldSlots[b][i], x, y, z, key(x), key(y), key(z));
            }
        }
    }

    @FunctionalInterface
    interface SlotVisitor {
        void accept(int slot, double distance);
    }

    /** Visits every indexed slot within {@code radius} of (px, py, pz), in no particular order. */
    void visitRange(double px, double py, double pz, double radius, SlotVisitor visitor) {
        if (liveBuckets == 0) {
            return;
        }
        double slack = slack(px, py, pz);
        int[] lo = new int[3];
        int[] hi = new int[3];
        double[] p = {px, py, pz};
        long probes = 1;
        for (int a = 0; a < 3; a++) {
            lo[a] = (int) Math.max(minKey[a], Math.floor((p[a] - radius) / bucket - SLACK));
            hi[a] = (int) Math.min(maxKey[a], Math.floor((p[a] + radius) / bucket + SLACK));
            if (lo[a] > hi[a]) {
                return;
            }
            probes *= hi[a] - lo[a] + 1L;
        }
        double limit = radius + slack;
        if (probes > liveBuckets) {
            for (int b = 0; b < bucketHigh; b++) {
                if (lengths[b] > 0 && boxDistance(keyX[b], keyY[b], keyZ[b], px, py, pz) <= limit) {
                    scan(b, px, py, pz, radius, -1, visitor);
                }
            }
            return;
        }
        for (int kx = lo[0]; kx <= hi[0]; kx++) {
            for (int ky = lo[1]; ky <= hi[1]; ky++) {
                for (int kz = lo[2]; kz <= hi[2]; kz++) {
                    if (boxDistance(kx, ky, kz, px, py, pz) <= limit) {
                        int b = bucketByKey.get(pack(kx, ky, kz));
                        if (b >= 0) {
                            scan(b, px, py, pz, radius, -1, visitor);
                        }
                    }
                }
            }
        }
    }

    /**
     * Offers to {@code best} every slot within {@code radius} of {@code center} (which is skipped)
     * that can still make the k best. Searches cubic shells of buckets outward from the centre's
     * bucket and stops once the nearest possible point of the next shell is farther than both the
     * radius and the current k-th distance.
     */
    void nearest(int center, double radius, long[] ids, KNearest best) {
        int c = bucketOf[center];
        float[] own = coords[c];
        int at = 3 * posInBucket[center];
        double px = own[at];
        double py = own[at + 1];
        double pz = own[at + 2];
        int cx = keyX[c];
        int cy = keyY[c];
        int cz = keyZ[c];
        double slack = slack(px, py, pz);
        // Distance from the centre to the nearest face of its own bucket: shell s is at least
        // (s - 1) buckets farther than that.
        double toFace = Math.min(faceDistance(px, cx), Math.min(faceDistance(py, cy), faceDistance(pz, cz)));
        int lastShell = Math.max(Math.max(reach(cx, 0), reach(cy, 1)), reach(cz, 2));
        SlotVisitor offer = (slot, d) -> best.offer((float) d, ids[slot]);
        long probed = 0;
        for (int s = 0; s <= lastShell; s++) {
            if (s > 0 && (s - 1) * bucket + toFace - slack > limit(radius, best)) {
                return;
            }
            long shellSize = s == 0 ? 1 : cube(2L * s + 1) - cube(2L * s - 1);
            if (probed + shellSize > liveBuckets) {
                scanOccupiedFrom(s, cx, cy, cz, px, py, pz, radius, center, best, slack, offer);
                return;
            }
            probed += shellSize;
            for (int dx = -s; dx <= s; dx++) {
                for (int dy = -s; dy <= s; dy++) {
                    // On the shell surface: either |dx| or |dy| is s (whole z column), or only z ends.
                    int step = (Math.abs(dx) == s || Math.abs(dy) == s) ? 1 : Math.max(1, 2 * s);
                    for (int dz = -s; dz <= s; dz += step) {
                        probe(cx + dx, cy + dy, cz + dz, px, py, pz, radius, center, best, slack, offer);
                    }
                }
            }
        }
    }

    private void scanOccupiedFrom(int shell, int cx, int cy, int cz, double px, double py, double pz,
            double radius, int center, KNearest best, double slack, SlotVisitor offer) {
        for (int b = 0; b < bucketHigh; b++) {
            if (lengths[b] == 0) {
                continue;
            }
            int cheb = Math.max(Math.abs(keyX[b] - cx), Math.max(Math.abs(keyY[b] - cy), Math.abs(keyZ[b] - cz)));
            if (cheb >= shell && boxDistance(keyX[b], keyY[b], keyZ[b], px, py, pz) - slack <= limit(radius, best)) {
                scan(b, px, py, pz, radius, center, offer);
            }
        }
    }

    private void probe(int kx, int ky, int kz, double px, double py, double pz, double radius, int center,
            KNearest best, double slack, SlotVisitor offer) {
        if (boxDistance(kx, ky, kz, px, py, pz) - slack > limit(radius, best)) {
            return;
        }
        int b = bucketByKey.get(pack(kx, ky, kz));
        if (b >= 0) {
            scan(b, px, py, pz, radius, center, offer);
        }
    }

    /** Farthest a candidate may be: the radius, or just past the k-th distance once k are known. */
    private static double limit(double radius, KNearest best) {
        if (!best.isFull()) {
            return radius;
        }
        float worst = best.worstDistance();
        return Math.min(radius, (double) worst + Math.ulp(worst));
    }

    private void scan(int b, double px, double py, double pz, double radius, int skip, SlotVisitor visitor) {
        int[] members = slots[b];
        float[] c = coords[b];
        for (int i = 0, n = lengths[b]; i < n; i++) {
            int slot = members[i];
            if (slot == skip) {
                continue;
            }
            double dx = c[3 * i] - px;
            double dy = c[3 * i + 1] - py;
            double dz = c[3 * i + 2] - pz;
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (d <= radius) {
                visitor.accept(slot, d);
            }
        }
    }

    private double boxDistance(int kx, int ky, int kz, double px, double py, double pz) {
        double dx = axisGap(kx, px);
        double dy = axisGap(ky, py);
        double dz = axisGap(kz, pz);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private double axisGap(int k, double p) {
        double lo = k * bucket;
        double hi = lo + bucket;
        return p < lo ? lo - p : (p > hi ? p - hi : 0);
    }

    private double faceDistance(double p, int k) {
        double lo = k * bucket;
        return Math.max(0, Math.min(p - lo, lo + bucket - p));
    }

    private int reach(int k, int axis) {
        return Math.max(k - minKey[axis], maxKey[axis] - k);
    }

    private double slack(double px, double py, double pz) {
        return SLACK * (bucket + Math.abs(px) + Math.abs(py) + Math.abs(pz));
    }

    private static long cube(long v) {
        return v * v * v;
    }

    private int key(float v) {
        return (int) Math.floor(v / bucket);
    }

    private static long pack(int kx, int ky, int kz) {
        return ((kx + AXIS_OFFSET) & AXIS_MASK) << (2 * AXIS_BITS)
                | ((ky + AXIS_OFFSET) & AXIS_MASK) << AXIS_BITS
                | ((kz + AXIS_OFFSET) & AXIS_MASK);
    }

    private static void setCoords(float[] c, int pos, float x, float y, float z) {
        c[3 * pos] = x;
        c[3 * pos + 1] = y;
        c[3 * pos + 2] = z;
    }

    private void link(int slot, float x, float y, float z, int kx, int ky, int kz) {
        long packed = pack(kx, ky, kz);
        int b = bucketByKey.get(packed);
        if (b < 0) {
            b = newBucket(kx, ky, kz);
            bucketByKey.put(packed, b);
        }
        int n = lengths[b];
        if (n == slots[b].length) {
            slots[b] = Arrays.copyOf(slots[b], n * 2);
            coords[b] = Arrays.copyOf(coords[b], n * 6);
        }
        slots[b][n] = slot;
        setCoords(coords[b], n, x, y, z);
        lengths[b] = n + 1;
        bucketOf[slot] = b;
        posInBucket[slot] = n;
    }

    private void unlink(int slot) {
        int b = bucketOf[slot];
        int pos = posInBucket[slot];
        int lastPos = --lengths[b];
        int last = slots[b][lastPos];
        slots[b][pos] = last;
        System.arraycopy(coords[b], 3 * lastPos, coords[b], 3 * pos, 3);
        posInBucket[last] = pos;
        bucketOf[slot] = -1;
        if (lengths[b] == 0) {
            bucketByKey.remove(pack(keyX[b], keyY[b], keyZ[b]));
            slots[b] = null;
            coords[b] = null;
            freeBuckets.give(b);
            liveBuckets--;
        }
    }

    private int newBucket(int kx, int ky, int kz) {
        int b = freeBuckets.take();
        if (b == IndexPool.NONE) {
            if (bucketHigh == lengths.length) {
                int n = bucketHigh * 2;
                keyX = Arrays.copyOf(keyX, n);
                keyY = Arrays.copyOf(keyY, n);
                keyZ = Arrays.copyOf(keyZ, n);
                slots = Arrays.copyOf(slots, n);
                coords = Arrays.copyOf(coords, n);
                lengths = Arrays.copyOf(lengths, n);
            }
            b = bucketHigh++;
        }
        keyX[b] = kx;
        keyY[b] = ky;
        keyZ[b] = kz;
        slots[b] = new int[4];
        coords[b] = new float[12];
        lengths[b] = 0;
        liveBuckets++;
        minKey[0] = Math.min(minKey[0], kx);
        minKey[1] = Math.min(minKey[1], ky);
        minKey[2] = Math.min(minKey[2], kz);
        maxKey[0] = Math.max(maxKey[0], kx);
        maxKey[1] = Math.max(maxKey[1], ky);
        maxKey[2] = Math.max(maxKey[2], kz);
        return b;
    }

    private void ensureSlot(int slot) {
        if (slot < bucketOf.length) {
            return;
        }
        int n = Math.max(16, Math.max(slot + 1, bucketOf.length * 2));
        int old = bucketOf.length;
        posInBucket = Arrays.copyOf(posInBucket, n);
        bucketOf = Arrays.copyOf(bucketOf, n);
        Arrays.fill(bucketOf, old, n, -1);
    }

    private void clearBuckets() {
        bucketByKey.clear();
        keyX = new int[16];
        keyY = new int[16];
        keyZ = new int[16];
        slots = new int[16][];
        coords = new float[16][];
        lengths = new int[16];
        bucketHigh = 0;
        freeBuckets.clear();
        liveBuckets = 0;
        resetBounds();
    }

    private void resetBounds() {
        Arrays.fill(minKey, Integer.MAX_VALUE);
        Arrays.fill(maxKey, Integer.MIN_VALUE);
    }
}

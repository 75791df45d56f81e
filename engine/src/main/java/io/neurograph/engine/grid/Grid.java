package io.neurograph.engine.grid;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.IndexPool;
import io.neurograph.engine.util.LongIntHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Spatial index of tokens: one 3-D bucket hash per coordinate space over decoded coordinates,
 * each space with its own bucket size. Answers k-nearest, radius, field-influence and density
 * queries. A token is indexed in every space whose raw X is not the "undefined" marker 127.
 *
 * <p>Thread-safe: queries run concurrently under a read lock, mutations take the write lock.
 * Storage is primitive arrays indexed by a slot per token, so no object exists per token.
 */
public final class Grid {
    private static final long MAX_ID = 0xFFFF_FFFFL;
    private static final int COORDS = CoordinateSpace.COUNT * 3;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final SpaceIndex[] spaces = new SpaceIndex[CoordinateSpace.COUNT];
    private final LongIntHashMap slotById = new LongIntHashMap();
    private long[] ids = new long[16];
    private byte[] fieldRadius = new byte[16];
    private byte[] fieldStrength = new byte[16];
    private int slotHigh;
    private final IndexPool freeSlots = new IndexPool();

    /** @param bucketSizes one bucket edge length per space, in that space's decoded units */
    public Grid(float[] bucketSizes) {
        if (bucketSizes == null || bucketSizes.length != CoordinateSpace.COUNT) {
            throw new IllegalArgumentException("Need exactly " + CoordinateSpace.COUNT + " bucket sizes (one per space), got "
                    + (bucketSizes == null ? "null" : bucketSizes.length));
        }
        for (CoordinateSpace s : CoordinateSpace.values()) {
            spaces[s.ordinal()] = new SpaceIndex(s, bucketSizes[s.ordinal()]);
        }
    }

    /** Smallest bucket size {@link #setBucketSize} accepts for a space (keeps bucket keys compact). */
    public static float minBucketSize(CoordinateSpace space) {
        return SpaceIndex.minBucketSize(space);
    }

    public float bucketSize(CoordinateSpace space) {
        lock.readLock().lock();
        try {
            return spaces[space.ordinal()].bucketSize();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Changes one space's bucket size and re-buckets the tokens indexed there. */
    public void setBucketSize(CoordinateSpace space, float size) {
        SpaceIndex.validBucketSize(space, size);
        lock.writeLock().lock();
        try {
            spaces[space.ordinal()].rebuild(size);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void put(Token token) {
        put(token.id(), token.rawCoordinates(), token.fieldRadiusRaw(), token.fieldStrengthRaw());
    }

    /**
     * Indexes a token, replacing any previous entry with the same id.
     *
     * @param raw24 the 24 raw coordinates, space-major (x, y, z of L1, then L2, …)
     * @param fieldRadiusRaw field radius as stored in the token (0..255, value × 100)
     * @param fieldStrengthRaw field strength as stored in the token (0..255, value × 255)
     */
    public void put(long id, short[] raw24, int fieldRadiusRaw, int fieldStrengthRaw) {
        checkId(id);
        if (raw24 == null || raw24.length != COORDS) {
            throw new IllegalArgumentException("Token " + id + " needs " + COORDS + " raw coordinates, got "
                    + (raw24 == null ? "null" : raw24.length));
        }
        checkU8("field radius", id, fieldRadiusRaw);
        checkU8("field strength", id, fieldStrengthRaw);
        lock.writeLock().lock();
        try {
            int slot = slotById.get(id);
            if (slot < 0) {
                slot = newSlot();
                slotById.put(id, slot);
                ids[slot] = id;
            }
            fieldRadius[slot] = (byte) fieldRadiusRaw;
            fieldStrength[slot] = (byte) fieldStrengthRaw;
            for (CoordinateSpace s : CoordinateSpace.values()) {
                int base = s.ordinal() * 3;
                SpaceIndex index = spaces[s.ordinal()];
                if (raw24[base] == CoordinateSpace.UNDEFINED_RAW) {
                    index.remove(slot);
                } else {
                    index.put(slot, s.decode(raw24[base]), s.decode(raw24[base + 1]), s.decode(raw24[base + 2]));
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a token from every space; false when it was not indexed. */
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            int slot = slotById.remove(id);
            if (slot < 0) {
                return false;
            }
            for (SpaceIndex index : spaces) {
                index.remove(slot);
            }
            freeSlots.give(slot);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void clear() {
        lock.writeLock().lock();
        try {
            for (SpaceIndex index : spaces) {
                index.clear();
            }
            slotById.clear();
            ids = new long[16];
            fieldRadius = new byte[16];
            fieldStrength = new byte[16];
            slotHigh = 0;
            freeSlots.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Number of tokens, whether or not they are defined in any space. */
    public int size() {
        lock.readLock().lock();
        try {
            return slotById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(long id) {
        lock.readLock().lock();
        try {
            return slotById.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The at most {@code max} tokens nearest to token {@code id} in {@code space}, within
     * {@code radius}, ascending by distance then id; the token itself is excluded. A token whose
     * space is undefined has no position there and so no neighbours.
     *
     * @throws UnknownTokenException if {@code id} is not in the grid
     */
    public List<Neighbor> neighbors(long id, CoordinateSpace space, float radius, int max) {
        checkRadius(radius);
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, got " + max);
        }
        lock.readLock().lock();
        try {
            int slot = slotById.get(id);
            if (slot < 0) {
                throw new UnknownTokenException(id);
            }
            SpaceIndex index = spaces[space.ordinal()];
            if (!index.contains(slot)) {
                return List.of();
            }
            KNearest best = new KNearest(max);
            index.nearest(slot, radius, ids, best);
            return best.toSortedList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every token within {@code radius} of (x, y, z) in {@code space}, ascending by distance then id. */
    public List<Neighbor> range(CoordinateSpace space, float x, float y, float z, float radius) {
        checkPoint(x, y, z);
        checkRadius(radius);
        lock.readLock().lock();
        try {
            long[] local = ids;
            KNearest all = new KNearest(Integer.MAX_VALUE);
            spaces[space.ordinal()].visitRange(x, y, z, radius, (slot, d) -> all.offer((float) d, local[slot]));
            return all.toSortedList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Sum of the fields reaching (x, y, z) from tokens within {@code radius}: a token with field
     * radius R = raw/100 and strength S = raw/255 at distance d ≤ R adds S·(1 − d/R). A token with
     * R = 0 has no field (upstream divided 0 by 0 there).
     */
    public float fieldInfluence(CoordinateSpace space, float x, float y, float z, float radius) {
        checkPoint(x, y, z);
        checkRadius(radius);
        lock.readLock().lock();
        try {
            byte[] radii = fieldRadius;
            byte[] strengths = fieldStrength;
            double[] sum = {0};
            spaces[space.ordinal()].visitRange(x, y, z, radius, (slot, d) -> {
                double r = (radii[slot] & 0xFF) / 100.0;
                if (r > 0 && d <= r) {
                    sum[0] += (strengths[slot] & 0xFF) / 255.0 * (1 - d / r);
                }
            });
            return (float) sum[0];
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Tokens per unit volume in the ball of {@code radius} (> 0) around (x, y, z). */
    public float density(CoordinateSpace space, float x, float y, float z, float radius) {
        checkPoint(x, y, z);
        if (!(radius > 0) || !Float.isFinite(radius)) {
            throw new IllegalArgumentException("Density radius must be finite and > 0, got " + radius);
        }
        lock.readLock().lock();
        try {
            int[] count = {0};
            spaces[space.ordinal()].visitRange(x, y, z, radius, (slot, d) -> count[0]++);
            double volume = 4.0 / 3.0 * Math.PI * (double) radius * radius * radius;
            return (float) (count[0] / volume);
        } finally {
            lock.readLock().unlock();
        }
    }

    private int newSlot() {
        int free = freeSlots.take();
        if (free != IndexPool.NONE) {
            return free;
        }
        if (slotHigh == ids.length) {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            fieldRadius = Arrays.copyOf(fieldRadius, n);
            fieldStrength = Arrays.copyOf(fieldStrength, n);
        }
        return slotHigh++;
    }

    private static void checkId(long id) {
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("Token id must be an unsigned 32-bit value, got " + id);
        }
    }

    private static void checkU8(String what, long id, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("Raw " + what + " of token " + id + " must be 0..255, got " + value);
        }
    }

    private static void checkRadius(float radius) {
        if (!(radius >= 0) || !Float.isFinite(radius)) {
            throw new IllegalArgumentException("Radius must be finite and >= 0, got " + radius);
        }
    }

    private static void checkPoint(float x, float y, float z) {
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(z)) {
            throw new IllegalArgumentException("Query point must be finite, got (" + x + ", " + y + ", " + z + ")");
        }
    }
}

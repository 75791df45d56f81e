package io.neurograph.engine.grid;

/**
 * Packs a (distance, id) pair into one long whose natural order is "by distance, then by id":
 * a non-negative float's bit pattern orders like the float, and ids are unsigned 32-bit. Lets
 * queries sort and heap primitives instead of objects.
 */
final class NeighborKeys {
    private NeighborKeys() {
    }

    static long pack(float distance, long id) {
        return ((long) Float.floatToRawIntBits(distance) << 32) | id;
    }

    static float distance(long key) {
        return Float.intBitsToFloat((int) (key >>> 32));
    }

    static long id(long key) {
        return key & 0xFFFF_FFFFL;
    }

    static Neighbor toNeighbor(long key) {
        return new Neighbor(id(key), distance(key));
    }
}

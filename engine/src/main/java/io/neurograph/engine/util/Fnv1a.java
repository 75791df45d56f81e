package io.neurograph.engine.util;

/** 64-bit FNV-1a, used for graph edge ids and the CDNA checksum. */
public final class Fnv1a {
    public static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    public static final long PRIME = 0x100000001b3L;

    private Fnv1a() {
    }

    /** Folds one byte into a running hash. */
    public static long step(long hash, int b) {
        return (hash ^ (b & 0xFF)) * PRIME;
    }

    public static long hash(byte[] data, int from, int to) {
        long h = OFFSET_BASIS;
        for (int i = from; i < to; i++) {
            h = step(h, data[i]);
        }
        return h;
    }
}

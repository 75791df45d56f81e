package io.neurograph.engine.bootstrap.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** "SIMD within a register": eight bytes of a byte array examined at once in a long, first byte lowest. */
final class Swar {
    static final long ONES = 0x0101010101010101L;
    static final long HIGHS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Swar() {
    }

    /** The eight bytes {@code b[at, at + 8)}, {@code b[at]} in the lowest byte. */
    static long load(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    /** {@code value} in each of the eight bytes, for {@link #firstEqual}. */
    static long broadcast(byte value) {
        return (value & 0xFFL) * ONES;
    }

    /**
     * The index (0 to 7) of the first byte of {@code chunk} equal to the broadcast byte, or 8 if none is. A matching
     * byte becomes zero after XOR; the borrow of "minus one" can flag bytes above a zero, never below, so the
     * lowest flag is exact.
     */
    static int firstEqual(long chunk, long broadcast) {
        long x = chunk ^ broadcast;
        return Long.numberOfTrailingZeros((x - ONES) & ~x & HIGHS) >>> 3;
    }
}

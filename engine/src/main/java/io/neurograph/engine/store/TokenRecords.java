package io.neurograph.engine.store;

import io.neurograph.engine.token.TokenLayout;

/** Bulk operations on packed arrays of 64-byte token records. */
public final class TokenRecords {
    private TokenRecords() {
    }

    /**
     * Writes {@code count} copies of {@code template} into {@code dst} from {@code dstOffset}, the
     * i-th with id {@code firstId + i} and the given timestamp: the fast path of batch creation.
     */
    public static void fill(byte[] dst, int dstOffset, byte[] template, long firstId, long timestamp, int count) {
        int off = dstOffset;
        for (int i = 0; i < count; i++, off += TokenLayout.SIZE) {
            System.arraycopy(template, 0, dst, off, TokenLayout.SIZE);
            TokenLayout.putId(dst, off, firstId + i);
            TokenLayout.putTimestamp(dst, off, timestamp);
        }
    }
}

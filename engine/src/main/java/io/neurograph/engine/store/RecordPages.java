package io.neurograph.engine.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * 64-byte records packed into 1 MiB pages, addressed by slot (= id − 1), with a bit per slot that
 * says whether it holds a live record. Deleted slots stay as holes: ids are never reused. No
 * object per record. Not thread-safe: the owning store guards it.
 */
final class RecordPages {
    static final int RECORD_SIZE = 64;
    static final int PAGE_SHIFT = 14;
    static final int PAGE_RECORDS = 1 << PAGE_SHIFT;
    private static final int SLOT_MASK = PAGE_RECORDS - 1;

    private byte[][] pages = new byte[8][];
    private final LongBitSet live = new LongBitSet();
    private long liveCount;

    static int offsetOf(long slot) {
        return (int) (slot & SLOT_MASK) * RECORD_SIZE;
    }

    boolean isLive(long slot) {
        return slot >= 0 && live.get(slot);
    }

    /** The page holding a live slot's record, read at {@link #offsetOf}. */
    byte[] page(long slot) {
        return pages[(int) (slot >>> PAGE_SHIFT)];
    }

    /** The page for a slot about to be written, allocated on first use. */
    byte[] writablePage(long slot) {
        int p = (int) (slot >>> PAGE_SHIFT);
        if (p >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(p + 1, pages.length * 2));
        }
        byte[] page = pages[p];
        if (page == null) {
            page = new byte[PAGE_RECORDS * RECORD_SIZE];
            pages[p] = page;
        }
        return page;
    }

    /** How many slots from {@code slot} up to the end of its page. */
    static int roomInPage(long slot) {
        return PAGE_RECORDS - (int) (slot & SLOT_MASK);
    }

    void copyIn(long slot, byte[] src, int srcOffset) {
        System.arraycopy(src, srcOffset, writablePage(slot), offsetOf(slot), RECORD_SIZE);
    }

    void copyOut(long slot, byte[] dst, int dstOffset) {
        System.arraycopy(page(slot), offsetOf(slot), dst, dstOffset, RECORD_SIZE);
    }

    void markLive(long slot) {
        if (!live.get(slot)) {
            live.set(slot);
            liveCount++;
        }
    }

    /** Marks fresh slots {@code from} … {@code to − 1} live; they must all have been empty. */
    void markFreshRangeLive(long from, long to) {
        live.setRange(from, to);
        liveCount += to - from;
    }

    void markDead(long slot) {
        if (live.get(slot)) {
            live.clear(slot);
            liveCount--;
        }
    }

    long liveCount() {
        return liveCount;
    }

    /** The first live slot at or after {@code from}, or −1. */
    long nextLive(long from) {
        return live.nextSetBit(from);
    }

    /** The slot of the n-th live record in slot order (0-based), or −1. */
    long nthLive(long n) {
        return live.nthSetBit(n);
    }

    /** Drops every record and frees the pages. */
    void clear() {
        pages = new byte[8][];
        live.clearAll();
        liveCount = 0;
    }

    /** Decodes up to {@code limit} live records, starting at the {@code offset}-th, in slot order. */
    <T> List<T> liveRange(long offset, int limit, LongFunction<T> decode) {
        List<T> out = new ArrayList<>(Math.min(limit, 1024));
        long slot = limit == 0 ? -1 : nthLive(offset);
        while (slot >= 0 && out.size() < limit) {
            out.add(decode.apply(slot));
            slot = nextLive(slot + 1);
        }
        return out;
    }

    /** Visits every live slot in ascending order. */
    void forEachLive(LongConsumer action) {
        for (long slot = nextLive(0); slot >= 0; slot = nextLive(slot + 1)) {
            action.accept(slot);
        }
    }
}

package io.neurograph.engine.store;

import java.util.Arrays;

/**
 * Token id → ids of the connections that touch it, in primitive arrays. Token ids are dense
 * (sequential from 1), so the index is an array by token id; each list keeps its size in element 0.
 * Not thread-safe: the connection store guards it.
 */
final class AdjacencyIndex {
    private static final long[] EMPTY = new long[0];
    private long[][] lists = new long[0][];

    void add(long tokenId, long connectionId) {
        int t = index(tokenId);
        if (t >= lists.length) {
            lists = Arrays.copyOf(lists, Math.max(t + 1, lists.length + (lists.length >> 1) + 16));
        }
        long[] list = lists[t];
        if (list == null) {
            list = new long[4];
        } else if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[(int) ++list[0]] = connectionId;
        lists[t] = list;
    }

    void remove(long tokenId, long connectionId) {
        long[] list = listOf(tokenId);
        if (list == null) {
            return;
        }
        int size = (int) list[0];
        for (int i = 1; i <= size; i++) {
            if (list[i] == connectionId) {
                // keep ascending order: connection ids are appended in increasing order
                System.arraycopy(list, i + 1, list, i, size - i);
                list[0] = size - 1;
                if (size == 1) {
                    lists[index(tokenId)] = null;
                }
                return;
            }
        }
    }

    /** Connection ids touching the token, ascending; empty if none. */
    long[] of(long tokenId) {
        long[] list = listOf(tokenId);
        return list == null ? EMPTY : Arrays.copyOfRange(list, 1, (int) list[0] + 1);
    }

    int degree(long tokenId) {
        long[] list = listOf(tokenId);
        return list == null ? 0 : (int) list[0];
    }

    void clear() {
        lists = new long[0][];
    }

    private long[] listOf(long tokenId) {
        int t = index(tokenId);
        return t < lists.length ? lists[t] : null;
    }

    private static int index(long tokenId) {
        if (tokenId < 1 || tokenId > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Token id " + tokenId + " is outside 1 … " + Integer.MAX_VALUE);
        }
        return (int) tokenId;
    }
}

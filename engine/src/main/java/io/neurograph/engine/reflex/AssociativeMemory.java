package io.neurograph.engine.reflex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grid hash → the reflexes learned in that cell (upstream's DashMap of small vectors), bounded to
 * {@code maxEntries} hashes: the least recently used hash is evicted when a new one would exceed it
 * (upstream never evicted). A reflex is stored once per hash. Thread-safe (one monitor).
 */
public final class AssociativeMemory {
    private final int maxEntries;
    private final LinkedHashMap<Long, Reflex[]> map;
    private long lookups;
    private long hits;
    private long collisions;
    private long candidatesReturned;
    private long evicted;
    private int reflexes;

    public AssociativeMemory(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("Associative memory needs room for at least 1 entry, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Reflex[]> eldest) {
                if (size() > AssociativeMemory.this.maxEntries) {
                    evicted++;
                    reflexes -= eldest.getValue().length;
                    return true;
                }
                return false;
            }
        };
    }

    /** The reflexes of a cell (empty on a miss); counts the lookup and marks the cell recently used. */
    public synchronized List<Reflex> lookup(long hash) {
        lookups++;
        Reflex[] found = map.get(hash);
        if (found == null) {
            return List.of();
        }
        hits++;
        candidatesReturned += found.length;
        if (found.length > 1) {
            collisions++;
        }
        return List.of(found);
    }

    /** Adds a reflex to a cell; false when the cell already holds it. May evict the least recently used cell. */
    public synchronized boolean insert(long hash, Reflex reflex) {
        Reflex[] old = map.get(hash);
        if (old != null) {
            for (Reflex r : old) {
                if (r.equals(reflex)) {
                    return false;
                }
            }
        }
        Reflex[] next = old == null ? new Reflex[1] : Arrays.copyOf(old, old.length + 1);
        next[next.length - 1] = reflex;
        reflexes++;
        map.put(hash, next);
        return true;
    }

    /** Every reflex held, least recently used cell first. */
    public synchronized List<Reflex> reflexes() {
        List<Reflex> all = new ArrayList<>(reflexes);
        for (Reflex[] cell : map.values()) {
            all.addAll(List.of(cell));
        }
        return all;
    }

    /** Forgets every reflex; the counters stay. */
    public synchronized void clear() {
        map.clear();
        reflexes = 0;
    }

    public int maxEntries() {
        return maxEntries;
    }

    public synchronized AssociativeMemoryStats stats() {
        return new AssociativeMemoryStats(lookups, hits, lookups - hits, collisions, candidatesReturned, map.size(),
                reflexes, evicted);
    }
}

package io.neurograph.engine.store;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.token.TokenLayout;
import io.neurograph.engine.util.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * All tokens in memory as packed 64-byte records (see {@link RecordPages}), with an optional unique
 * label per token. Ids are assigned sequentially from 1 and never reused. Thread-safe: one
 * read-write lock, so readers never see a half-written record and a batch takes the lock once.
 *
 * <p>The {@code plan…} methods compute the outcome of a mutation without applying it, so a caller
 * (the engine) can validate and persist the result first; the engine serialises mutations so that a
 * plan stays valid until it is applied.
 */
public final class TokenStore {
    /** A token record holds a 32-bit id. */
    public static final long MAX_ID = 0xFFFF_FFFFL;
    /** Longest label, in chars; labels must also not be blank. */
    public static final int MAX_LABEL_LENGTH = 256;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock clock;
    private final RecordPages records = new RecordPages();
    private final Map<String, Long> idsByLabel = new HashMap<>();
    private final Map<Long, String> labelsById = new HashMap<>();
    private long nextId = 1;

    public TokenStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- create -------------------------------------------------------------------------------

    /**
     * The token {@link #create} would store: the template with the next id and, if its timestamp
     * is 0, the current time. Validates the template and the label; changes nothing.
     */
    public Token planCreate(Token template, String label) {
        TokenValidation.requireValid(template, label);
        lock.readLock().lock();
        try {
            requireIdRoom(1);
            requireLabelFree(label, 0);
            return stamped(template, nextId);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Stores a copy of {@code template} under the next id; the id in the template is ignored. */
    public Token create(Token template, String label) {
        lock.writeLock().lock();
        try {
            Token token = planCreate(template, label);
            put(token, label);
            nextId++;
            return token;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Stores {@code count} unlabelled copies of {@code template} with consecutive ids and returns
     * the first id (the next id if {@code count} is 0). One lock acquisition, one array copy per token.
     */
    public long createBatch(Token template, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Batch size must be ≥ 0, got " + count);
        }
        TokenValidation.requireValid(template, null);
        byte[] templateRecord = template.toBytes();
        long timestamp = template.timestamp() != 0 ? template.timestamp() : clock.nowSeconds();
        lock.writeLock().lock();
        try {
            requireIdRoom(count);
            long first = nextId;
            long slot = first - 1;
            long end = slot + count;
            while (slot < end) {
                int n = (int) Math.min(end - slot, RecordPages.roomInPage(slot));
                TokenRecords.fill(records.writablePage(slot), RecordPages.offsetOf(slot), templateRecord, slot + 1,
                        timestamp, n);
                slot += n;
            }
            records.markFreshRangeLive(first - 1, end);
            nextId = first + count;
            return first;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The tokens {@link #createAll} would store: each template stamped with the next ids in order
     * and, if its timestamp is 0, the current time. Validates every token and label (labels unique
     * within the batch and not yet used); changes nothing. {@code labels} is null or has one entry
     * (possibly null) per token.
     */
    public List<Token> planCreateAll(List<Token> templates, List<String> labels) {
        if (labels != null && labels.size() != templates.size()) {
            throw new IllegalArgumentException("Got " + templates.size() + " tokens but " + labels.size() + " labels");
        }
        Set<String> batchLabels = new HashSet<>();
        for (int i = 0; i < templates.size(); i++) {
            String label = labels == null ? null : labels.get(i);
            TokenValidation.requireValid(templates.get(i), label);
            if (label != null && !batchLabels.add(label)) {
                throw new DuplicateLabelException(label, 0);
            }
        }
        lock.readLock().lock();
        try {
            requireIdRoom(templates.size());
            for (String label : batchLabels) {
                requireLabelFree(label, 0);
            }
            List<Token> planned = new ArrayList<>(templates.size());
            for (int i = 0; i < templates.size(); i++) {
                planned.add(stamped(templates.get(i), nextId + i));
            }
            return planned;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Stores several tokens, all or none, returning their ids in order. {@code labels} is null or
     * has one entry (possibly null) per token.
     */
    public long[] createAll(List<Token> tokens, List<String> labels) {
        lock.writeLock().lock();
        try {
            List<Token> planned = planCreateAll(tokens, labels);
            long[] ids = new long[planned.size()];
            for (int i = 0; i < ids.length; i++) {
                put(planned.get(i), labels == null ? null : labels.get(i));
                ids[i] = nextId++;
            }
            return ids;
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- read ---------------------------------------------------------------------------------

    public Optional<Token> get(long id) {
        lock.readLock().lock();
        try {
            long slot = id - 1;
            if (!records.isLive(slot)) {
                return Optional.empty();
            }
            return Optional.of(Token.fromBytes(records.page(slot), RecordPages.offsetOf(slot)));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The token, or {@link TokenNotFoundException}. */
    public Token require(long id) {
        return get(id).orElseThrow(() -> new TokenNotFoundException(id));
    }

    public boolean contains(long id) {
        lock.readLock().lock();
        try {
            return records.isLive(id - 1);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Copies the raw 64-byte record of a token into {@code dst} at {@code offset}: no allocation. */
    public void getRecord(long id, byte[] dst, int offset) {
        lock.readLock().lock();
        try {
            requireLive(id);
            records.copyOut(id - 1, dst, offset);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Up to {@code limit} tokens in ascending id order, skipping the first {@code offset}. */
    public List<Token> list(int limit, long offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must be ≥ 0, got limit " + limit + ", offset " + offset);
        }
        lock.readLock().lock();
        try {
            return records.liveRange(offset, limit, slot -> Token.fromBytes(records.page(slot), RecordPages.offsetOf(slot)));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Calls {@code action} for every token in ascending id order, under the read lock (writers wait). */
    public void forEach(Consumer<Token> action) {
        lock.readLock().lock();
        try {
            records.forEachLive(slot -> action.accept(Token.fromBytes(records.page(slot), RecordPages.offsetOf(slot))));
        } finally {
            lock.readLock().unlock();
        }
    }

    public long count() {
        lock.readLock().lock();
        try {
            return records.liveCount();
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<Long> idOf(String label) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(idsByLabel.get(label));
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<String> label(long id) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(labelsById.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The id the next created token gets. */
    public long nextId() {
        lock.readLock().lock();
        try {
            return nextId;
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- update / delete ----------------------------------------------------------------------

    /** The token {@link #update} would leave; validates the update and the new label, changes nothing. */
    public Token planUpdate(long id, TokenUpdate update) {
        update.validate();
        lock.readLock().lock();
        try {
            Token current = require(id);
            if (update.label() != null) {
                requireLabelFree(update.label(), id);
            }
            return update.applyTo(current);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Applies a partial update; the id and creation timestamp never change. */
    public Token update(long id, TokenUpdate update) {
        lock.writeLock().lock();
        try {
            Token next = planUpdate(id, update);
            records.copyIn(id - 1, next.toBytes(), 0);
            relabel(id, update.labelAfter(labelsById.get(id)));
            return next;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The packed 64-byte records {@link #replaceRecords} would store to move each token
     * {@code ids[i]} to ({@code xyz[3i]}, {@code xyz[3i+1]}, {@code xyz[3i+2]}) in {@code space};
     * every other field stays. Checks that the tokens exist and every value is representable in
     * the space; changes nothing.
     */
    public byte[] planPlaceAll(long[] ids, CoordinateSpace space, float[] xyz) {
        if (xyz.length != 3L * ids.length) {
            throw new IllegalArgumentException("Placing " + ids.length + " tokens needs " + 3L * ids.length
                    + " coordinates (x, y, z each), got " + xyz.length);
        }
        for (int i = 0; i < xyz.length; i++) {
            if (!space.representable(xyz[i])) {
                throw new InvalidTokenException("coordinates." + space.code() + "." + "xyz".charAt(i % 3),
                        xyz[i] + " for token " + ids[i / 3] + " is not representable in " + space.code() + " (±"
                                + space.maxAbs() + "); clamp it to the space's range");
            }
        }
        byte[] out = new byte[ids.length * TokenLayout.SIZE];
        lock.readLock().lock();
        try {
            for (int i = 0; i < ids.length; i++) {
                requireLive(ids[i]);
                int off = i * TokenLayout.SIZE;
                records.copyOut(ids[i] - 1, out, off);
                for (int axis = 0; axis < 3; axis++) {
                    TokenLayout.putCoord(out, off, space.ordinal(), axis, space.encode(xyz[3 * i + axis]));
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Replaces the records of {@code count} existing tokens with packed records (ids taken from the
     * records, as planned by {@link #planPlaceAll}); labels stay. All or none.
     */
    public void replaceRecords(byte[] packed, int count) {
        lock.writeLock().lock();
        try {
            for (int i = 0; i < count; i++) {
                requireLive(TokenLayout.id(packed, i * TokenLayout.SIZE));
            }
            for (int i = 0; i < count; i++) {
                int off = i * TokenLayout.SIZE;
                records.copyIn(TokenLayout.id(packed, off) - 1, packed, off);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a token and its label and returns what it was. */
    public Token delete(long id) {
        lock.writeLock().lock();
        try {
            Token token = require(id);
            records.markDead(id - 1);
            relabel(id, null);
            return token;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes every token and returns how many there were; ids are still not reused. */
    public long clear() {
        lock.writeLock().lock();
        try {
            long n = records.liveCount();
            records.clear();
            idsByLabel.clear();
            labelsById.clear();
            return n;
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- restore (persistence) ----------------------------------------------------------------

    /** Puts back a persisted record under its id; the record's id field must equal {@code id}. */
    public void restore(long id, byte[] record, String label) {
        if (record.length != TokenLayout.SIZE) {
            throw new InvalidTokenException("record", "token " + id + " has " + record.length + " bytes, not 64");
        }
        if (TokenLayout.id(record, 0) != id) {
            throw new InvalidTokenException("id", "record of token " + id + " carries id " + TokenLayout.id(record, 0));
        }
        if (id < 1 || id > MAX_ID) {
            throw new InvalidTokenException("id", id + " is outside 1 … " + MAX_ID);
        }
        if (label != null) {
            TokenValidation.requireLabel(label);
        }
        lock.writeLock().lock();
        try {
            if (records.isLive(id - 1)) {
                throw new InvalidTokenException("id", "token " + id + " is already present");
            }
            requireLabelFree(label, 0);
            put(Token.fromBytes(record), label);
            nextId = Math.max(nextId, id + 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Raises the next id (persisted next ids survive deletion of the newest tokens). */
    public void setNextId(long next) {
        lock.writeLock().lock();
        try {
            if (next < nextId || next > MAX_ID + 1) {
                throw new IllegalArgumentException("Next token id " + next + " must be within " + nextId + " … "
                        + (MAX_ID + 1));
            }
            nextId = next;
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- internals (callers hold the write lock where they mutate) ----------------------------

    private Token stamped(Token template, long id) {
        Token.Builder b = template.toBuilder().id(id);
        if (template.timestamp() == 0) {
            b.timestamp(clock.nowSeconds());
        }
        return b.build();
    }

    private void put(Token token, String label) {
        long slot = token.id() - 1;
        token.copyTo(records.writablePage(slot), RecordPages.offsetOf(slot));
        records.markLive(slot);
        relabel(token.id(), label);
    }

    private void relabel(long id, String label) {
        String old = labelsById.remove(id);
        if (old != null) {
            idsByLabel.remove(old);
        }
        if (label != null) {
            labelsById.put(id, label);
            idsByLabel.put(label, id);
        }
    }

    private void requireLive(long id) {
        if (!records.isLive(id - 1)) {
            throw new TokenNotFoundException(id);
        }
    }

    private void requireLabelFree(String label, long owner) {
        if (label == null) {
            return;
        }
        Long holder = idsByLabel.get(label);
        if (holder != null && holder != owner) {
            throw new DuplicateLabelException(label, holder);
        }
    }

    private void requireIdRoom(long count) {
        if (nextId - 1 + count > MAX_ID) {
            throw new IdSpaceExhaustedException("token", nextId, count, MAX_ID);
        }
    }
}

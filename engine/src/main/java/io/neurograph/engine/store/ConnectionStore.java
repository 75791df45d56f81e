package io.neurograph.engine.store;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionLayout;
import io.neurograph.engine.connection.ConnectionProposal;
import io.neurograph.engine.connection.Mutability;
import io.neurograph.engine.connection.ProposalException;
import io.neurograph.engine.connection.ProposalException.Reason;
import io.neurograph.engine.util.Clock;
import io.neurograph.engine.util.LittleEndian;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * All connections in memory as packed 64-byte records with sequential ids from 1 (never reused)
 * and a per-token adjacency index. Thread-safe through one read-write lock.
 *
 * <p>Every mutation exists as a {@code plan…} method, which validates and returns the
 * {@link ConnectionChange}s without applying them, and as a convenience method that plans and
 * {@linkplain #apply applies} under the write lock. The engine plans, persists, then applies.
 */
public final class ConnectionStore {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final LongPredicate tokenExists;
    private final Clock clock;
    private final RecordPages records = new RecordPages();
    private final AdjacencyIndex adjacency = new AdjacencyIndex();
    private long nextId = 1;

    /** @param tokenExists tells whether a token id is present (normally {@link TokenStore#contains}) */
    public ConnectionStore(LongPredicate tokenExists, Clock clock) {
        this.tokenExists = Objects.requireNonNull(tokenExists, "tokenExists");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- plans --------------------------------------------------------------------------------

    /**
     * A new connection between two existing, distinct tokens, stored in canonical order (smaller
     * id first). The type sets the mutability from its category.
     */
    public ConnectionChange.Insert planCreate(long tokenA, long tokenB, int typeCode, ConnectionOptions options) {
        ConnectionValidation.requireType(typeCode);
        options.validate();
        Connection c = newConnection(tokenA, tokenB, typeCode, clock.nowSeconds());
        options.applyTo(c);
        return new ConnectionChange.Insert(nextId(), c);
    }

    /**
     * New connections for a batch, with consecutive ids from the next id, in request order. A
     * request is left out when its canonical pair already has a connection of the same type,
     * stored or earlier in the batch; the caller counts those as skipped ({@code requests.size()
     * − result.size()}). Every request is validated as {@link #planCreate} does; changes nothing.
     */
    public List<ConnectionChange.Insert> planCreateAll(List<ConnectionRequest> requests) {
        long now = clock.nowSeconds();
        Set<PairOfType> planned = new HashSet<>();
        List<ConnectionChange.Insert> out = new ArrayList<>();
        lock.readLock().lock();
        try {
            long id = nextId;
            for (ConnectionRequest r : requests) {
                Connection c = newConnection(r.tokenA(), r.tokenB(), r.typeCode(), now);
                if (!planned.add(new PairOfType(c.tokenA(), c.tokenB(), r.typeCode()))
                        || hasConnection(c.tokenA(), c.tokenB(), r.typeCode())) {
                    continue;
                }
                if (c.mutability() != Mutability.IMMUTABLE) {
                    c.setConfidence(r.confidence());
                }
                c.setFlags(r.flags());
                out.add(new ConnectionChange.Insert(id++, c));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private record PairOfType(long tokenA, long tokenB, int type) {
    }

    /** A connection of the given type between two existing, distinct tokens; type already checked. */
    private Connection newConnection(long tokenA, long tokenB, int typeCode, long now) {
        if (tokenA == tokenB) {
            throw new InvalidConnectionException("tokens", "token " + tokenA + " cannot be connected to itself");
        }
        requireToken(tokenA);
        requireToken(tokenB);
        Connection c = Connection.create(tokenA, tokenB, now);
        c.setType(typeCode);
        return c;
    }

    public ConnectionChange.Replace planUpdate(long id, ConnectionUpdate update) {
        update.validate();
        Connection c = require(id).connection();
        update.applyTo(c, id, clock.nowSeconds());
        return new ConnectionChange.Replace(id, c);
    }

    public ConnectionChange.Replace planActivate(long id) {
        Connection c = require(id).connection();
        c.activate(clock.nowSeconds());
        return new ConnectionChange.Replace(id, c);
    }

    /** Learning feedback: success raises confidence by the learning rate, failure lowers it by half. */
    public ConnectionChange.Replace planFeedback(long id, boolean success) {
        Connection c = require(id).connection();
        c.updateConfidence(success, clock.nowSeconds());
        return new ConnectionChange.Replace(id, c);
    }

    public ConnectionChange.Remove planDelete(long id) {
        return new ConnectionChange.Remove(id, require(id).connection());
    }

    /** Removal of every connection that touches a token (for deleting the token). */
    public List<ConnectionChange.Remove> planDeleteAllOf(long tokenId) {
        lock.readLock().lock();
        try {
            List<ConnectionChange.Remove> out = new ArrayList<>();
            for (long id : adjacency.of(tokenId)) {
                out.add(new ConnectionChange.Remove(id, decode(id - 1)));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Time decay of every idle Hypothesis: a Replace for each that decayed, a Remove for each that
     * fell below the activity threshold. Only Hypothesis records idle for over an hour are decoded.
     */
    public List<ConnectionChange> planDecay() {
        long now = clock.nowSeconds();
        lock.readLock().lock();
        try {
            List<ConnectionChange> out = new ArrayList<>();
            for (long slot = records.nextLive(0); slot >= 0; slot = records.nextLive(slot + 1)) {
                byte[] page = records.page(slot);
                int off = RecordPages.offsetOf(slot);
                if (LittleEndian.u8(page, off + ConnectionLayout.MUTABILITY) != Mutability.HYPOTHESIS.code()
                        || now - LittleEndian.u32(page, off + ConnectionLayout.LAST_UPDATE) <= Connection.DECAY_IDLE_SECONDS) {
                    continue;
                }
                Connection c = Connection.decode(page, off);
                out.add(c.applyDecay(now) ? new ConnectionChange.Remove(slot + 1, c)
                        : new ConnectionChange.Replace(slot + 1, c));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A proposal checked as the Guardian does: values pre-validated, applied to a copy under the
     * upstream rules, the resulting state validated. Create needs both tokens to exist.
     */
    public ConnectionChange planProposal(ConnectionProposal proposal) throws ProposalException {
        Connection.preValidate(proposal);
        long now = clock.nowSeconds();
        if (proposal instanceof ConnectionProposal.Create create) {
            for (long token : new long[] {create.tokenA(), create.tokenB()}) {
                if (!tokenExists.test(token)) {
                    throw new ProposalException(Reason.NOT_FOUND, "Token " + token + " does not exist");
                }
            }
            if (create.tokenA() == create.tokenB()) {
                throw new ProposalException(Reason.INVALID_VALUE, "Token " + create.tokenA() + " cannot be connected to itself");
            }
            Connection c = Connection.fromProposal(create, now);
            c.validateState();
            return new ConnectionChange.Insert(nextId(), c);
        }
        long id = switch (proposal) {
            case ConnectionProposal.Modify m -> m.connectionId();
            case ConnectionProposal.Delete d -> d.connectionId();
            case ConnectionProposal.Promote p -> p.connectionId();
            case ConnectionProposal.Create c -> throw new AssertionError("handled above");
        };
        Connection c = get(id).orElseThrow(
                () -> new ProposalException(Reason.NOT_FOUND, "Connection " + id + " does not exist")).connection();
        if (c.apply(proposal, now)) {
            return new ConnectionChange.Remove(id, c);
        }
        c.validateState();
        return new ConnectionChange.Replace(id, c);
    }

    // ---- apply --------------------------------------------------------------------------------

    /** Applies a planned change. An Insert must use an id not handed out before. */
    public void apply(ConnectionChange change) {
        lock.writeLock().lock();
        try {
            switch (change) {
                case ConnectionChange.Insert i -> {
                    if (i.id() < nextId) {
                        throw new IllegalStateException("Planned connection id " + i.id()
                                + " was already handed out (next id is " + nextId + "): plan the change again");
                    }
                    insert(i.id(), i.connection());
                }
                case ConnectionChange.Replace r -> {
                    Connection old = require(r.id()).connection();
                    if (old.tokenA() != r.connection().tokenA() || old.tokenB() != r.connection().tokenB()) {
                        throw new InvalidConnectionException("tokens", "connection " + r.id() + " links " + old.tokenA()
                                + "-" + old.tokenB() + "; its endpoints cannot change");
                    }
                    r.connection().encode(records.writablePage(r.id() - 1), RecordPages.offsetOf(r.id() - 1));
                }
                case ConnectionChange.Remove d -> {
                    Connection old = require(d.id()).connection();
                    records.markDead(d.id() - 1);
                    adjacency.remove(old.tokenA(), d.id());
                    adjacency.remove(old.tokenB(), d.id());
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Applies several planned changes under one lock acquisition. */
    public void applyAll(List<? extends ConnectionChange> changes) {
        lock.writeLock().lock();
        try {
            changes.forEach(this::apply);
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- convenience mutations (plan + apply) -------------------------------------------------

    public ConnectionEntry create(long tokenA, long tokenB, int typeCode, ConnectionOptions options) {
        lock.writeLock().lock();
        try {
            ConnectionChange.Insert i = planCreate(tokenA, tokenB, typeCode, options);
            apply(i);
            return new ConnectionEntry(i.id(), i.connection().copy());
        } finally {
            lock.writeLock().unlock();
        }
    }

    public ConnectionEntry update(long id, ConnectionUpdate update) {
        return planAndReplace(() -> planUpdate(id, update));
    }

    public ConnectionEntry activate(long id) {
        return planAndReplace(() -> planActivate(id));
    }

    public ConnectionEntry feedback(long id, boolean success) {
        return planAndReplace(() -> planFeedback(id, success));
    }

    public ConnectionEntry delete(long id) {
        lock.writeLock().lock();
        try {
            ConnectionChange.Remove r = planDelete(id);
            apply(r);
            return new ConnectionEntry(id, r.previous());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Deletes every connection of a token and returns their ids. */
    public long[] deleteAllOf(long tokenId) {
        lock.writeLock().lock();
        try {
            List<ConnectionChange.Remove> removals = planDeleteAllOf(tokenId);
            applyAll(removals);
            return removals.stream().mapToLong(ConnectionChange::id).toArray();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Decays idle hypotheses and deletes those that became inactive; returns the deleted ids. */
    public long[] applyDecay() {
        lock.writeLock().lock();
        try {
            List<ConnectionChange> changes = planDecay();
            applyAll(changes);
            return changes.stream().filter(c -> c instanceof ConnectionChange.Remove).mapToLong(ConnectionChange::id)
                    .toArray();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Plans and applies a proposal; returns the change made. */
    public ConnectionChange applyProposal(ConnectionProposal proposal) throws ProposalException {
        lock.writeLock().lock();
        try {
            ConnectionChange change = planProposal(proposal);
            apply(change);
            return change;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private ConnectionEntry planAndReplace(Supplier<ConnectionChange.Replace> plan) {
        lock.writeLock().lock();
        try {
            ConnectionChange.Replace r = plan.get();
            apply(r);
            return new ConnectionEntry(r.id(), r.connection().copy());
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- reads --------------------------------------------------------------------------------

    public Optional<ConnectionEntry> get(long id) {
        lock.readLock().lock();
        try {
            return records.isLive(id - 1) ? Optional.of(new ConnectionEntry(id, decode(id - 1))) : Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The connection, or {@link ConnectionNotFoundException}. */
    public ConnectionEntry require(long id) {
        return get(id).orElseThrow(() -> new ConnectionNotFoundException(id));
    }

    /** Up to {@code limit} connections with their real ids in ascending id order, skipping {@code offset}. */
    public List<ConnectionEntry> list(int limit, long offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must be ≥ 0, got limit " + limit + ", offset " + offset);
        }
        lock.readLock().lock();
        try {
            return records.liveRange(offset, limit, slot -> new ConnectionEntry(slot + 1, decode(slot)));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Calls {@code action} for every connection in ascending id order, under the read lock (writers wait). */
    public void forEach(Consumer<ConnectionEntry> action) {
        lock.readLock().lock();
        try {
            records.forEachLive(slot -> action.accept(new ConnectionEntry(slot + 1, decode(slot))));
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

    /** Ids of the connections touching a token, ascending. */
    public long[] adjacent(long tokenId) {
        lock.readLock().lock();
        try {
            return adjacency.of(tokenId);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Ids of the connections linking two tokens (in either order), ascending. */
    public long[] between(long tokenA, long tokenB) {
        long lo = Math.min(tokenA, tokenB);
        long hi = Math.max(tokenA, tokenB);
        lock.readLock().lock();
        try {
            long scan = adjacency.degree(lo) <= adjacency.degree(hi) ? lo : hi;
            return Arrays.stream(adjacency.of(scan)).filter(id -> {
                byte[] page = records.page(id - 1);
                int off = RecordPages.offsetOf(id - 1);
                return LittleEndian.u32(page, off + ConnectionLayout.TOKEN_A) == lo
                        && LittleEndian.u32(page, off + ConnectionLayout.TOKEN_B) == hi;
            }).toArray();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** True when the two tokens (either order) are linked by a connection of {@code typeCode}. */
    public boolean hasConnection(long tokenA, long tokenB, int typeCode) {
        lock.readLock().lock();
        try {
            for (long id : between(tokenA, tokenB)) {
                if (LittleEndian.u8(records.page(id - 1), RecordPages.offsetOf(id - 1) + ConnectionLayout.TYPE)
                        == typeCode) {
                    return true;
                }
            }
            return false;
        } finally {
            lock.readLock().unlock();
        }
    }

    public long nextId() {
        lock.readLock().lock();
        try {
            return nextId;
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- restore / clear ----------------------------------------------------------------------

    /** Puts back a persisted record under its id; both tokens must exist. */
    public void restore(long id, byte[] record) {
        if (record.length != ConnectionLayout.SIZE) {
            throw new InvalidConnectionException("record", "connection " + id + " has " + record.length + " bytes, not 64");
        }
        Connection c;
        try {
            c = Connection.decode(record, 0);
        } catch (IllegalArgumentException e) {
            throw new InvalidConnectionException("record", "connection " + id + ": " + e.getMessage());
        }
        lock.writeLock().lock();
        try {
            if (records.isLive(id - 1)) {
                throw new InvalidConnectionException("id", "connection " + id + " is already present");
            }
            requireToken(c.tokenA());
            requireToken(c.tokenB());
            insert(id, c);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void setNextId(long next) {
        lock.writeLock().lock();
        try {
            if (next < nextId) {
                throw new IllegalArgumentException("Next connection id " + next + " must be ≥ " + nextId);
            }
            nextId = next;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes every connection and returns how many there were; ids are not reused. */
    public long clear() {
        lock.writeLock().lock();
        try {
            long n = records.liveCount();
            records.clear();
            adjacency.clear();
            return n;
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- internals ----------------------------------------------------------------------------

    private void insert(long id, Connection c) {
        if (id < 1) {
            throw new InvalidConnectionException("id", id + " is not a valid connection id");
        }
        c.encode(records.writablePage(id - 1), RecordPages.offsetOf(id - 1));
        records.markLive(id - 1);
        adjacency.add(c.tokenA(), id);
        adjacency.add(c.tokenB(), id);
        nextId = Math.max(nextId, id + 1);
    }

    private Connection decode(long slot) {
        return Connection.decode(records.page(slot), RecordPages.offsetOf(slot));
    }

    private void requireToken(long tokenId) {
        if (!tokenExists.test(tokenId)) {
            throw new TokenNotFoundException(tokenId);
        }
    }
}

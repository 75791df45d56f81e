package io.neurograph.engine.intuition;

import static io.neurograph.engine.experience.ExperienceEvent.SIZE;

import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.experience.ExperienceFlags;
import io.neurograph.engine.intuition.ExperienceUnavailableException.Reason;
import io.neurograph.engine.store.ExperienceRecord;
import io.neurograph.engine.util.LittleEndian;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * The experience ring buffer (upstream HotBuffer/ExperienceStream, §7.2): a fixed number of 128-byte
 * records packed in one byte array, no object per event.
 *
 * <p>Sequence numbers follow upstream: {@link #write} stores at {@code total % capacity} and returns
 * the new total (1-based count); reads and reward updates take the 0-based position, valid iff
 * {@code total − capacity ≤ seq < total}. Upstream's broadcast copy carried the 0-based number while
 * the buffered copy kept whatever the caller put there; here both carry it (the stored record's
 * {@code sequence_number} is overwritten with the low 32 bits of the position).
 *
 * <p>Listeners run synchronously on the writer's thread while the stream's lock is held, so an
 * appraiser's reward update lands before the write returns and before any other write. A listener
 * that throws aborts the remaining listeners and propagates to the writer; the event stays stored.
 * Thread-safe.
 */
public final class ExperienceStream implements ExperienceView {
    /** Upstream's IntuitionEngine default. */
    public static final int DEFAULT_CAPACITY = 10_000;
    private static final int MAX_CAPACITY = Integer.MAX_VALUE / SIZE;

    private final int capacity;
    private final byte[] ring;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<ExperienceListener> listeners = new CopyOnWriteArrayList<>();
    /** Side map keyed by event_id; an entry leaves when its event is overwritten. */
    private final Map<EventId, ActionMetadata> metadata = new HashMap<>();
    private long total;
    /** First sequence number that was ever stored here (after a restore, the first restored one). */
    private long floor;

    private record EventId(long high, long low) {
        static EventId at(byte[] ring, int off) {
            return new EventId(LittleEndian.i64(ring, off + ExperienceEvent.EVENT_ID + 8),
                    LittleEndian.i64(ring, off + ExperienceEvent.EVENT_ID));
        }
    }

    public ExperienceStream(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("Experience stream capacity must be 1.." + MAX_CAPACITY + " events, got "
                    + capacity);
        }
        this.capacity = capacity;
        this.ring = new byte[capacity * SIZE];
    }

    // ---- writing --------------------------------------------------------------------------------

    /** Stores the event and tells the listeners; returns the number of events written so far (1-based). */
    public long write(ExperienceEvent event) {
        return write(event, null);
    }

    /** {@link #write(ExperienceEvent)} with metadata kept beside the event (null for none). */
    public long write(ExperienceEvent event, ActionMetadata meta) {
        lock.lock();
        try {
            long seq = total;
            int off = offset(seq);
            if (seq >= capacity) {
                metadata.remove(EventId.at(ring, off));
            }
            event.encode(ring, off);
            LittleEndian.putU32(ring, off + ExperienceEvent.SEQUENCE_NUMBER, seq & 0xFFFF_FFFFL);
            total = seq + 1;
            if (meta != null) {
                metadata.put(EventId.at(ring, off), meta);
            }
            if (!listeners.isEmpty()) {
                ExperienceEvent stored = ExperienceEvent.decode(ring, off);
                for (ExperienceListener l : listeners) {
                    l.onEvent(seq, stored);
                }
            }
            return total;
        } finally {
            lock.unlock();
        }
    }

    /** Sets one appraiser's reward slot of event {@code seq}. */
    public void setAppraiserReward(long seq, AppraiserType type, float reward) {
        lock.lock();
        try {
            LittleEndian.putF32(ring, offset(require(seq)) + type.rewardOffset(), reward);
        } finally {
            lock.unlock();
        }
    }

    /** Sets the FULLY_APPRAISED flag of event {@code seq}. */
    public void markFullyAppraised(long seq) {
        lock.lock();
        try {
            int at = offset(require(seq)) + ExperienceEvent.FLAGS;
            LittleEndian.putU16(ring, at, LittleEndian.u16(ring, at) | ExperienceFlags.FULLY_APPRAISED);
        } finally {
            lock.unlock();
        }
    }

    public void subscribe(ExperienceListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** @return false when the listener was not subscribed */
    public boolean unsubscribe(ExperienceListener listener) {
        return listeners.remove(listener);
    }

    /**
     * Puts persisted events back into an empty stream: the newest {@code capacity} of them, which
     * must be in ascending sequence order; the total continues after the last one.
     */
    void restore(List<ExperienceRecord> records) {
        lock.lock();
        try {
            if (total != 0) {
                throw new IllegalStateException("Restore needs an empty stream; " + total + " events were written");
            }
            if (records.isEmpty()) {
                return;
            }
            long last = records.getLast().sequence();
            long first = Math.max(records.getFirst().sequence(), last - capacity + 1);
            long previous = -1;
            for (ExperienceRecord r : records) {
                if (r.sequence() <= previous) {
                    throw new IllegalArgumentException("Experience records must ascend: " + r.sequence()
                            + " follows " + previous);
                }
                previous = r.sequence();
                if (r.sequence() >= first) {
                    int off = offset(r.sequence());
                    ExperienceEvent.fromBytes(r.record()).encode(ring, off);
                    LittleEndian.putU32(ring, off + ExperienceEvent.SEQUENCE_NUMBER, r.sequence() & 0xFFFF_FFFFL);
                }
            }
            floor = first;
            total = last + 1;
        } finally {
            lock.unlock();
        }
    }

    /** A copy of the packed record of event {@code seq} (for persisting it). */
    byte[] record(long seq) {
        lock.lock();
        try {
            int off = offset(require(seq));
            return Arrays.copyOfRange(ring, off, off + SIZE);
        } finally {
            lock.unlock();
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public long totalWritten() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long size() {
        lock.lock();
        try {
            return total - oldestLocked();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long oldest() {
        lock.lock();
        try {
            return oldestLocked();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ExperienceEvent get(long seq) {
        lock.lock();
        try {
            return ExperienceEvent.decode(ring, offset(require(seq)));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<ActionMetadata> metadata(long seq) {
        lock.lock();
        try {
            return Optional.ofNullable(metadata.get(EventId.at(ring, offset(require(seq)))));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<ActionMetadata> metadata(long eventIdHigh, long eventIdLow) {
        lock.lock();
        try {
            return Optional.ofNullable(metadata.get(new EventId(eventIdHigh, eventIdLow)));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<ExperienceEvent> queryRange(long start, long end) {
        if (end < start) {
            throw new IllegalArgumentException("Range end " + end + " is before its start " + start);
        }
        lock.lock();
        try {
            if (end > start) {
                require(start);
                require(end - 1);
            }
            List<ExperienceEvent> out = new ArrayList<>((int) (end - start));
            for (long s = start; s < end; s++) {
                out.add(ExperienceEvent.decode(ring, offset(s)));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<ExperienceEvent> sampleBatch(int n, SamplingStrategy strategy, RandomGenerator rng) {
        if (n < 0) {
            throw new IllegalArgumentException("Sample size must be ≥ 0, got " + n);
        }
        lock.lock();
        try {
            long first = oldestLocked();
            int count = (int) (total - first);
            int[] picks = switch (strategy) {
                case SamplingStrategy.Uniform u -> WeightedDraw.uniform(count, n, rng);
                case SamplingStrategy.PrioritizedByReward p -> WeightedDraw.weighted(
                        weights(first, count, (r, i) -> Math.pow(Math.abs(r), p.alpha())), n, rng);
                case SamplingStrategy.RecencyWeighted rw -> WeightedDraw.weighted(
                        weights(first, count, (r, i) -> Math.pow(rw.decay(), 1.0 - (double) i / count)), n, rng);
                case SamplingStrategy.Mixed m -> WeightedDraw.weighted(weights(first, count,
                        (r, i) -> Math.max(0, Math.abs(r) * m.rewardWeight() + (double) i / count * m.recencyWeight())),
                        n, rng);
            };
            List<ExperienceEvent> out = new ArrayList<>(picks.length);
            for (int i : picks) {
                out.add(ExperienceEvent.decode(ring, offset(first + i)));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Weight of buffered event {@code i} (0 = oldest) from its total reward. */
    @FunctionalInterface
    private interface Weight {
        double of(double totalReward, int i);
    }

    private double[] weights(long first, int count, Weight weight) {
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = weight.of(totalReward(offset(first + i)), i);
        }
        return w;
    }

    private double totalReward(int off) {
        double sum = 0;
        for (AppraiserType t : AppraiserType.values()) {
            sum += LittleEndian.f32(ring, off + t.rewardOffset());
        }
        return sum;
    }

    // ---- window ---------------------------------------------------------------------------------

    private long oldestLocked() {
        return Math.max(floor, total - capacity);
    }

    private long require(long seq) {
        if (seq < 0) {
            throw new IllegalArgumentException("Experience sequence numbers start at 0, got " + seq);
        }
        long oldest = oldestLocked();
        if (seq < oldest) {
            throw new ExperienceUnavailableException(Reason.OVERWRITTEN, seq, oldest, total, capacity);
        }
        if (seq >= total) {
            throw new ExperienceUnavailableException(Reason.NOT_WRITTEN_YET, seq, oldest, total, capacity);
        }
        return seq;
    }

    private int offset(long seq) {
        return (int) (seq % capacity) * SIZE;
    }
}

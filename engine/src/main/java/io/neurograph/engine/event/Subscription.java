package io.neurograph.engine.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One subscriber's bounded queue on the {@link EventBus}. When the queue is full the oldest event is
 * dropped so that publishers never wait. {@link #close()} unsubscribes.
 */
public final class Subscription implements AutoCloseable {
    record Push(Executor executor, Consumer<List<EngineEvent>> consumer) {
    }

    private final EventBus bus;
    private final List<Class<? extends EngineEvent>> types;
    private final ArrayBlockingQueue<EngineEvent> queue;
    private final int capacity;
    private final Push push;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean deliveryScheduled = new AtomicBoolean();
    private volatile boolean closed;

    Subscription(EventBus bus, Set<Class<? extends EngineEvent>> types, int capacity, Push push) {
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("Subscribe to at least one event type; use EngineEvent.class for all");
        }
        if (capacity <= 0) {
            throw new IllegalArgumentException("Subscription capacity must be > 0, got " + capacity);
        }
        this.bus = bus;
        this.types = List.copyOf(types);
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.push = push;
    }

    void offer(EngineEvent event) {
        if (closed || !accepts(event)) {
            return;
        }
        while (!queue.offer(event)) {
            if (queue.poll() != null) {
                dropped.incrementAndGet();
            }
        }
        if (push != null) {
            scheduleDelivery();
        }
    }

    private boolean accepts(EngineEvent event) {
        for (Class<? extends EngineEvent> t : types) {
            if (t.isInstance(event)) {
                return true;
            }
        }
        return false;
    }

    private void scheduleDelivery() {
        if (!closed && deliveryScheduled.compareAndSet(false, true)) {
            try {
                push.executor().execute(this::deliverBatch);
            } catch (RejectedExecutionException e) {
                // The events stay queued (bounded); the next publish tries to schedule again.
                deliveryScheduled.set(false);
            }
        }
    }

    private void deliverBatch() {
        try {
            List<EngineEvent> batch = new ArrayList<>(queue.size());
            queue.drainTo(batch);
            if (!batch.isEmpty() && !closed) {
                push.consumer().accept(Collections.unmodifiableList(batch));
            }
        } finally {
            deliveryScheduled.set(false);
            if (!queue.isEmpty()) {
                scheduleDelivery();
            }
        }
    }

    /** The oldest undelivered event, if any. */
    public Optional<EngineEvent> poll() {
        return Optional.ofNullable(queue.poll());
    }

    /** Hands up to {@code max} events, oldest first, to {@code sink}; returns how many. */
    public int drain(Consumer<? super EngineEvent> sink, int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("drain max must be > 0, got " + max);
        }
        List<EngineEvent> batch = new ArrayList<>(Math.min(max, capacity));
        queue.drainTo(batch, max);
        batch.forEach(sink);
        return batch.size();
    }

    /** Events lost because this subscriber's queue was full. */
    public long dropped() {
        return dropped.get();
    }

    public int size() {
        return queue.size();
    }

    public int capacity() {
        return capacity;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Unsubscribes and discards undelivered events. Idempotent. */
    @Override
    public void close() {
        closed = true;
        bus.remove(this);
        queue.clear();
    }
}

package io.neurograph.engine.event;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The engine's typed event bus. {@link #publish} never blocks the writer: every subscriber owns a
 * bounded queue and, when it is full, loses its oldest event (counted in {@link Subscription#dropped()}).
 * Subscribers either pull ({@link Subscription#poll()}, {@link Subscription#drain}) or are pushed
 * batches through their own {@link Executor}, with at most one delivery task in flight each, which
 * is how a UI coalesces events onto its thread. The bus can be disabled (the {@code signal_system}
 * module): publishing then delivers nothing and only counts what it did not deliver. Starts no threads.
 * Thread-safe.
 */
public final class EventBus {
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final LongAdder suppressed = new LongAdder();
    private volatile boolean enabled = true;

    /** Offers the event to every open subscription whose types match; while disabled, only counts it. */
    public void publish(EngineEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("Cannot publish a null event");
        }
        if (!enabled) {
            suppressed.increment();
            return;
        }
        for (Subscription s : subscriptions) {
            s.offer(event);
        }
    }

    /**
     * A pull subscription for events that are instances of any of {@code types} (use
     * {@code Set.of(EngineEvent.class)} for all), keeping at most {@code capacity} undelivered events.
     */
    public Subscription subscribe(Set<Class<? extends EngineEvent>> types, int capacity) {
        return add(new Subscription(this, types, capacity, null));
    }

    /**
     * A push subscription: matching events are handed to {@code consumer} in batches (oldest first),
     * each batch run on {@code executor}; a new delivery task is submitted only after the previous one
     * finished, so a slow consumer receives larger batches instead of more tasks.
     */
    public Subscription subscribe(Set<Class<? extends EngineEvent>> types, int capacity, Executor executor,
            Consumer<List<EngineEvent>> consumer) {
        if (executor == null || consumer == null) {
            throw new IllegalArgumentException("A push subscription needs an executor and a consumer");
        }
        return add(new Subscription(this, types, capacity, new Subscription.Push(executor, consumer)));
    }

    /** Off: events are counted in {@link #suppressed()} instead of delivered; subscriptions stay open. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Events published while the bus was disabled, since it was built. */
    public long suppressed() {
        return suppressed.sum();
    }

    public int subscriberCount() {
        return subscriptions.size();
    }

    /** Undelivered events summed over all subscriptions (the guardian_event_queue_size gauge). */
    public long queuedEvents() {
        long total = 0;
        for (Subscription s : subscriptions) {
            total += s.size();
        }
        return total;
    }

    private Subscription add(Subscription s) {
        subscriptions.add(s);
        return s;
    }

    void remove(Subscription s) {
        subscriptions.remove(s);
    }
}

package io.neurograph.engine.event;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The engine's typed event bus. {@link #publish} never blocks the writer: every subscriber owns a
 * bounded queue and, when it is full, loses its oldest event (counted in {@link Subscription#dropped()}).
 * Subscribers either pull ({@link Subscription#poll()}, {@link Subscription#drain}) or are pushed
 * batches through their own {@link Executor}, with at most one delivery task in flight each, which
 * is how a UI coalesces events onto its thread. Starts no threads. Thread-safe.
 */
public final class EventBus {
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** Offers the event to every open subscription whose types match. */
    public void publish(EngineEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("Cannot publish a null event");
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

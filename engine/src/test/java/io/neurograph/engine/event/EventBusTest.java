package io.neurograph.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.event.EngineEvent.TokenCreated;
import io.neurograph.engine.event.EngineEvent.TokenDeleted;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EventBusTest {
    private final EventBus bus = new EventBus();

    /** Runs submitted tasks only when the test says so. */
    private static final class ManualExecutor implements java.util.concurrent.Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runOne() {
            tasks.remove().run();
        }
    }

    @Test
    void aDisabledBusDeliversNothingAndCountsWhatItDidNotDeliver() {
        Subscription all = bus.subscribe(Set.of(EngineEvent.class), 10);
        bus.setEnabled(false);
        bus.publish(new TokenCreated(1, 100));
        bus.publish(new TokenDeleted(1, 101));
        assertThat(bus.isEnabled()).isFalse();
        assertThat(all.poll()).isEmpty();
        assertThat(bus.suppressed()).isEqualTo(2);

        bus.setEnabled(true);
        bus.publish(new TokenCreated(2, 102));
        assertThat(all.poll()).contains(new TokenCreated(2, 102));
        assertThat(bus.suppressed()).isEqualTo(2);
    }

    @Test
    void pullSubscribersGetMatchingEventsInOrder() {
        Subscription created = bus.subscribe(Set.of(TokenCreated.class), 10);
        Subscription all = bus.subscribe(Set.of(EngineEvent.class), 10);
        bus.publish(new TokenCreated(1, 100));
        bus.publish(new TokenDeleted(1, 101));
        bus.publish(new TokenCreated(2, 102));

        assertThat(created.poll()).contains(new TokenCreated(1, 100));
        assertThat(created.poll()).contains(new TokenCreated(2, 102));
        assertThat(created.poll()).isEmpty();

        List<EngineEvent> got = new ArrayList<>();
        assertThat(all.drain(got::add, 2)).isEqualTo(2);
        assertThat(got).containsExactly(new TokenCreated(1, 100), new TokenDeleted(1, 101));
        assertThat(all.size()).isEqualTo(1);
        assertThat(bus.queuedEvents()).isEqualTo(1);
    }

    @Test
    void aFullQueueDropsTheOldestAndCountsIt() {
        Subscription s = bus.subscribe(Set.of(EngineEvent.class), 3);
        for (int i = 1; i <= 5; i++) {
            bus.publish(new TokenCreated(i, 0));
        }
        assertThat(s.dropped()).isEqualTo(2);
        List<EngineEvent> got = new ArrayList<>();
        s.drain(got::add, 10);
        assertThat(got).extracting(e -> ((TokenCreated) e).id()).containsExactly(3L, 4L, 5L);
    }

    @Test
    void pushDeliversBatchesWithOneTaskInFlight() {
        ManualExecutor executor = new ManualExecutor();
        List<List<EngineEvent>> batches = new ArrayList<>();
        bus.subscribe(Set.of(TokenCreated.class), 100, executor, batches::add);

        for (int i = 0; i < 5; i++) {
            bus.publish(new TokenCreated(i, 0));
        }
        bus.publish(new TokenDeleted(9, 0));
        assertThat(executor.tasks).hasSize(1);
        executor.runOne();
        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).hasSize(5);
        assertThat(executor.tasks).isEmpty();

        bus.publish(new TokenCreated(10, 0));
        bus.publish(new TokenCreated(11, 0));
        assertThat(executor.tasks).hasSize(1);
        executor.runOne();
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).extracting(e -> ((TokenCreated) e).id()).containsExactly(10L, 11L);
    }

    @Test
    void eventsArrivingDuringDeliveryGetAFollowUpTask() {
        ManualExecutor executor = new ManualExecutor();
        List<Integer> sizes = new ArrayList<>();
        bus.subscribe(Set.of(TokenCreated.class), 100, executor, batch -> {
            sizes.add(batch.size());
            if (sizes.size() == 1) {
                bus.publish(new TokenCreated(99, 0));
            }
        });
        bus.publish(new TokenCreated(1, 0));
        executor.runOne();
        assertThat(executor.tasks).hasSize(1);
        executor.runOne();
        assertThat(sizes).containsExactly(1, 1);
        assertThat(executor.tasks).isEmpty();
    }

    @Test
    void closingUnsubscribes() {
        ManualExecutor executor = new ManualExecutor();
        List<List<EngineEvent>> batches = new ArrayList<>();
        Subscription push = bus.subscribe(Set.of(EngineEvent.class), 10, executor, batches::add);
        Subscription pull = bus.subscribe(Set.of(EngineEvent.class), 10);
        assertThat(bus.subscriberCount()).isEqualTo(2);
        bus.publish(new TokenCreated(1, 0));
        push.close();
        pull.close();
        executor.runOne();
        bus.publish(new TokenCreated(2, 0));
        assertThat(batches).isEmpty();
        assertThat(pull.poll()).isEmpty();
        assertThat(pull.isClosed()).isTrue();
        assertThat(bus.subscriberCount()).isZero();
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> bus.subscribe(Set.of(), 10)).hasMessageContaining("EngineEvent.class");
        assertThatThrownBy(() -> bus.subscribe(Set.of(EngineEvent.class), 0)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> bus.subscribe(Set.of(EngineEvent.class), 1, null, b -> { }))
                .hasMessageContaining("executor");
        assertThatThrownBy(() -> bus.publish(null)).hasMessageContaining("null");
        assertThatThrownBy(() -> bus.subscribe(Set.of(EngineEvent.class), 1).drain(e -> { }, 0))
                .hasMessageContaining("drain max");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // safety net only: a blocking publish would hang
    void manyPublishersAreNeverBlockedByASlowSubscriber() throws Exception {
        int publishers = 4;
        int perPublisher = 20_000;
        long total = (long) publishers * perPublisher;

        Subscription idle = bus.subscribe(Set.of(EngineEvent.class), 1_000);
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong delivered = new AtomicLong();
        ExecutorService deliveryThread = Executors.newSingleThreadExecutor();
        Subscription slow = bus.subscribe(Set.of(EngineEvent.class), 500, deliveryThread, batch -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delivered.addAndGet(batch.size());
        });

        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            int base = p * perPublisher;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perPublisher; i++) {
                    bus.publish(new TokenCreated(base + i, 0));
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        // All publishers finished while the slow consumer is still parked on the latch.
        assertThat(idle.size()).isEqualTo(1_000);
        assertThat(idle.dropped()).isEqualTo(total - 1_000);

        release.countDown();
        deliveryThread.shutdown();
        assertThat(deliveryThread.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        long leftInQueue = slow.size();
        assertThat(delivered.get() + leftInQueue + slow.dropped()).isEqualTo(total);
        assertThat(slow.dropped()).isPositive();
    }
}

package io.neurograph.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.EntityType;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.token.TokenFlags;
import io.neurograph.engine.token.TokenLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TokenStoreTest {
    private static final long NOW = 1_700_000_000L;
    private final TokenStore store = new TokenStore(() -> NOW);

    private static Token token(float weight) {
        return Token.builder().weight(weight).entityType(EntityType.CONCEPT)
                .coordinates(CoordinateSpace.L8_ABSTRACT, 0.5f, -0.25f, 1f).build();
    }

    @Test
    void createAssignsSequentialIdsAndStampsTime() {
        Token a = store.create(token(0.5f).toBuilder().id(999).build(), "alpha");
        Token b = store.create(token(0.7f).toBuilder().timestamp(42).build(), null);
        assertThat(a.id()).isEqualTo(1);
        assertThat(a.timestamp()).isEqualTo(NOW);
        assertThat(b.id()).isEqualTo(2);
        assertThat(b.timestamp()).isEqualTo(42);
        assertThat(store.get(1)).contains(a);
        assertThat(store.idOf("alpha")).contains(1L);
        assertThat(store.label(1)).contains("alpha");
        assertThat(store.label(2)).isEmpty();
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.nextId()).isEqualTo(3);
    }

    @Test
    void batchCopiesTheTemplateAcrossPages() {
        store.create(token(0.1f), null);
        int n = RecordPages.PAGE_RECORDS * 2 + 5;
        long first = store.createBatch(token(0.3f), n);
        assertThat(first).isEqualTo(2);
        assertThat(store.count()).isEqualTo(n + 1);
        for (long id : new long[] {2, RecordPages.PAGE_RECORDS, RecordPages.PAGE_RECORDS + 1L, n + 1L}) {
            Token t = store.require(id);
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.weight()).isEqualTo(0.3f);
            assertThat(t.timestamp()).isEqualTo(NOW);
            assertThat(t.entityType()).isEqualTo(EntityType.CONCEPT);
        }
        assertThat(store.get(n + 2L)).isEmpty();
        assertThat(store.createBatch(token(0.3f), 0)).isEqualTo(n + 2L);
    }

    @Test
    void createAllIsAllOrNothing() {
        store.create(token(0.1f), "taken");
        assertThatThrownBy(() -> store.createAll(List.of(token(1), token(2)), Arrays.asList("new", "taken")))
                .isInstanceOf(DuplicateLabelException.class).hasMessageContaining("'taken'").hasMessageContaining("token 1");
        assertThatThrownBy(() -> store.createAll(List.of(token(1), token(2)), List.of("x", "x")))
                .isInstanceOf(DuplicateLabelException.class).hasMessageContaining("more than once");
        assertThat(store.count()).isEqualTo(1);
        long[] ids = store.createAll(List.of(token(1), token(2)), Arrays.asList("one", null));
        assertThat(ids).containsExactly(2, 3);
        assertThat(store.idOf("one")).contains(2L);
    }

    @Test
    void getRecordCopiesRawBytes() {
        Token t = store.create(token(0.5f), null);
        byte[] dst = new byte[100];
        store.getRecord(1, dst, 10);
        assertThat(Arrays.copyOfRange(dst, 10, 74)).isEqualTo(t.toBytes());
        assertThatThrownBy(() -> store.getRecord(2, dst, 0)).isInstanceOf(TokenNotFoundException.class)
                .hasMessage("Token 2 does not exist");
    }

    @Test
    void partialUpdateChangesOnlyGivenFieldsAndKeepsId() {
        Token before = store.create(token(0.5f), "old");
        Token after = store.update(1, TokenUpdate.builder().weight(0.9f)
                .coordinates(CoordinateSpace.L1_PHYSICAL, 10.5f, 0, -3).label("new").build());
        assertThat(after.id()).isEqualTo(1);
        assertThat(after.weight()).isEqualTo(0.9f);
        assertThat(after.raw(CoordinateSpace.L1_PHYSICAL, 0)).isEqualTo((short) 1050);
        assertThat(after.coordinates(CoordinateSpace.L8_ABSTRACT)).isEqualTo(before.coordinates(CoordinateSpace.L8_ABSTRACT));
        assertThat(after.entityType()).isEqualTo(EntityType.CONCEPT);
        assertThat(after.timestamp()).isEqualTo(before.timestamp());
        assertThat(store.idOf("old")).isEmpty();
        assertThat(store.idOf("new")).contains(1L);

        Token flagged = store.update(1, TokenUpdate.builder().flags(TokenFlags.ACTIVE | TokenFlags.USER_1)
                .entityType(EntityType.GOAL).fieldRadius(1.5f).fieldStrength(1f).removeLabel().build());
        assertThat(flagged.hasFlag(TokenFlags.USER_1)).isTrue();
        assertThat(flagged.entityType()).isEqualTo(EntityType.GOAL);
        assertThat(flagged.fieldRadiusRaw()).isEqualTo(150);
        assertThat(flagged.fieldStrengthRaw()).isEqualTo(255);
        assertThat(store.label(1)).isEmpty();
        assertThat(store.get(1)).contains(flagged);
    }

    @Test
    void badInputIsRejectedNamingTheField() {
        store.create(token(0.5f), "taken");
        store.create(token(0.5f), null);
        assertThatThrownBy(() -> store.create(token(Float.NaN), null)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> store.createBatch(token(Float.POSITIVE_INFINITY), 10))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> store.create(token(1), "  ")).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("label");
        assertThatThrownBy(() -> store.create(token(1), "x".repeat(257))).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("257");
        assertThatThrownBy(() -> store.create(token(1), "taken")).isInstanceOf(DuplicateLabelException.class)
                .hasMessageContaining("'taken'");
        assertThatThrownBy(() -> store.update(2, TokenUpdate.builder().label("taken").build()))
                .isInstanceOf(DuplicateLabelException.class);
        assertThatThrownBy(() -> store.update(2, TokenUpdate.builder()
                .coordinates(CoordinateSpace.L2_SENSORY, 4f, 0, 0).build()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("coordinates.L2.x");
        assertThatThrownBy(() -> store.update(2, TokenUpdate.builder().fieldRadius(3f).build()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("fieldRadius");
        assertThatThrownBy(() -> store.update(2, TokenUpdate.builder().fieldStrength(-0.1f).build()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("fieldStrength");
        assertThatThrownBy(() -> store.update(2, TokenUpdate.builder().flags(0x10000).build()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("flags");
        assertThatThrownBy(() -> store.update(42, TokenUpdate.builder().weight(1).build()))
                .isInstanceOf(TokenNotFoundException.class).hasMessage("Token 42 does not exist");
        assertThatThrownBy(() -> store.createBatch(token(1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void deleteLeavesAHoleAndIdsAreNeverReused() {
        store.createBatch(token(0.5f), 5);
        store.create(token(0.5f), "last");
        Token gone = store.delete(3);
        assertThat(gone.id()).isEqualTo(3);
        store.delete(6);
        assertThat(store.get(3)).isEmpty();
        assertThat(store.idOf("last")).isEmpty();
        assertThat(store.count()).isEqualTo(4);
        assertThatThrownBy(() -> store.delete(3)).isInstanceOf(TokenNotFoundException.class);
        assertThat(store.create(token(1), "last").id()).isEqualTo(7);
    }

    @Test
    void listIsInStableAscendingIdOrderWithOffset() {
        store.createBatch(token(0.5f), 100);
        store.delete(2);
        store.delete(70);
        assertThat(store.list(3, 0)).extracting(Token::id).containsExactly(1L, 3L, 4L);
        assertThat(store.list(3, 66)).extracting(Token::id).containsExactly(68L, 69L, 71L);
        assertThat(store.list(10, 95)).extracting(Token::id).containsExactly(98L, 99L, 100L);
        assertThat(store.list(10, 98)).isEmpty();
        assertThat(store.list(0, 0)).isEmpty();
        assertThat(store.list(1000, 0)).hasSize(98).isSortedAccordingTo((a, b) -> Long.compare(a.id(), b.id()));
        assertThatThrownBy(() -> store.list(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearRemovesEverythingButKeepsTheIdSequence() {
        store.createBatch(token(0.5f), 10);
        store.create(token(0.5f), "l");
        assertThat(store.clear()).isEqualTo(11);
        assertThat(store.count()).isZero();
        assertThat(store.get(1)).isEmpty();
        assertThat(store.idOf("l")).isEmpty();
        assertThat(store.create(token(1), "l").id()).isEqualTo(12);
    }

    @Test
    void restoreChecksTheRecordAndRaisesNextId() {
        byte[] record = token(0.5f).toBuilder().id(40).timestamp(7).build().toBytes();
        store.restore(40, record, "forty");
        assertThat(store.require(40).timestamp()).isEqualTo(7);
        assertThat(store.nextId()).isEqualTo(41);
        store.setNextId(50);
        assertThat(store.create(token(1), null).id()).isEqualTo(50);
        assertThatThrownBy(() -> store.restore(41, record, null)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("carries id 40");
        assertThatThrownBy(() -> store.restore(40, record, null)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("already present");
        assertThatThrownBy(() -> store.restore(40, new byte[10], null)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("10 bytes");
        assertThatThrownBy(() -> store.setNextId(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentWritersAndReadersSeeWholeRecordsAndAConsistentCount() throws Exception {
        int writers = 3;
        int batches = 200;
        int batchSize = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            float weight = w + 1;
            futures.add(pool.submit(() -> {
                start.await();
                for (int b = 0; b < batches; b++) {
                    // every field of the template derives from the weight, so a torn record is detectable
                    store.createBatch(Token.builder().weight(weight).fieldRadiusRaw((int) weight)
                            .rawCoordinates(CoordinateSpace.L1_PHYSICAL, (short) weight, (short) weight, (short) weight)
                            .build(), batchSize);
                    long victim = store.nextId() - 1 - b % batchSize;
                    if (b % 7 == 0 && store.contains(victim)) {
                        try {
                            store.delete(victim);
                        } catch (TokenNotFoundException raced) {
                            // another writer deleted it first
                        }
                    }
                }
                return null;
            }));
        }
        for (int r = 0; r < 2; r++) {
            futures.add(pool.submit(() -> {
                start.await();
                byte[] buf = new byte[TokenLayout.SIZE];
                for (int i = 0; i < 20_000; i++) {
                    long id = 1 + (i * 7919L) % Math.max(1, store.nextId());
                    try {
                        store.getRecord(id, buf, 0);
                    } catch (TokenNotFoundException absent) {
                        continue;
                    }
                    Token t = Token.fromBytes(buf);
                    assertThat(t.id()).isEqualTo(id);
                    assertThat(t.fieldRadiusRaw()).isEqualTo((int) t.weight());
                    assertThat((int) t.raw(CoordinateSpace.L1_PHYSICAL, 2)).isEqualTo((int) t.weight());
                }
                for (Token t : store.list(5000, 0)) {
                    assertThat(t.fieldRadiusRaw()).isEqualTo((int) t.weight());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(store.nextId()).isEqualTo(1L + writers * batches * batchSize);
        assertThat(store.list(Integer.MAX_VALUE, 0)).hasSize((int) store.count());
    }
}

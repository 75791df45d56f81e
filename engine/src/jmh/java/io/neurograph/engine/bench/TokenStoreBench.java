package io.neurograph.engine.bench;

import io.neurograph.engine.store.TokenStore;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.token.TokenLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-memory token store, single-threaded, reported in tokens/s (ops/s × {@code @OperationsPerInvocation}).
 *
 * <ul>
 *   <li>{@code create*}: 1 M tokens per invocation through {@link TokenStore#createBatch} into a store
 *       cleared before each invocation (so the heap never holds more than one 1 M batch), against
 *       the baseline of writing the same 64-byte records (template + id + timestamp) into a plain
 *       pre-allocated {@code byte[1 M × 64]}.</li>
 *   <li>{@code get*}: random ids over a 1 M-token store, as a {@link Token} ({@code get}) and as a raw
 *       record ({@code getRecord}), against copying 64 bytes out of a plain {@code byte[]}.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class TokenStoreBench {
    static final int TOKENS = 1_000_000;
    static final int LOOKUPS = 4096;
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    static Token template() {
        return Token.builder()
                .coordinates(CoordinateSpace.L1_PHYSICAL, 1f, 2f, 3f)
                .weight(0.5f)
                .fieldRadius(1f)
                .fieldStrength(0.5f)
                .timestamp(1_700_000_000L)
                .build();
    }

    // ---- create -------------------------------------------------------------------------------

    @State(Scope.Thread)
    public static class CreateState {
        final Token template = template();
        final byte[] templateRecord = template.toBytes();
        final TokenStore store = new TokenStore(() -> 1_700_000_000L);
        final byte[] plain = new byte[TOKENS * TokenLayout.SIZE];
        long nextPlainId = 1;

        /** Not timed: the previous invocation's 1 M tokens are dropped (ids keep counting up). */
        @Setup(Level.Invocation)
        public void clear() {
            store.clear();
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public long createBatch1M(CreateState s) {
        return s.store.createBatch(s.template, TOKENS);
    }

    /** Baseline: the same records written into a plain pre-allocated array. */
    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public byte[] createBaselinePlainArray(CreateState s) {
        byte[] dst = s.plain;
        byte[] tpl = s.templateRecord;
        int id = (int) s.nextPlainId;
        for (int i = 0, off = 0; i < TOKENS; i++, off += TokenLayout.SIZE) {
            System.arraycopy(tpl, 0, dst, off, TokenLayout.SIZE);
            I32.set(dst, off + TokenLayout.ID, id + i);
            I32.set(dst, off + TokenLayout.TIMESTAMP, 1_700_000_000);
        }
        s.nextPlainId += TOKENS;
        return dst;
    }

    // ---- get by id ----------------------------------------------------------------------------

    @State(Scope.Thread)
    public static class GetState {
        TokenStore store;
        byte[] plain;
        final long[] ids = new long[LOOKUPS];
        final byte[] dst = new byte[TokenLayout.SIZE];

        @Setup(Level.Trial)
        public void fill() {
            store = new TokenStore(() -> 1_700_000_000L);
            long first = store.createBatch(template(), TOKENS);
            plain = new byte[TOKENS * TokenLayout.SIZE];
            for (int i = 0; i < TOKENS; i++) {
                store.getRecord(first + i, plain, i * TokenLayout.SIZE);
            }
            SplittableRandom rnd = new SplittableRandom(7);
            for (int i = 0; i < LOOKUPS; i++) {
                ids[i] = first + rnd.nextInt(TOKENS);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public void getToken(GetState s, Blackhole bh) {
        TokenStore store = s.store;
        for (long id : s.ids) {
            Optional<Token> t = store.get(id);
            bh.consume(t);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public void getRecord(GetState s, Blackhole bh) {
        TokenStore store = s.store;
        byte[] dst = s.dst;
        for (long id : s.ids) {
            store.getRecord(id, dst, 0);
            bh.consume(dst);
        }
    }

    /** Baseline: copy the 64 bytes of the record out of a plain array (slot = id − 1). */
    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public void getBaselinePlainArray(GetState s, Blackhole bh) {
        byte[] plain = s.plain;
        byte[] dst = s.dst;
        for (long id : s.ids) {
            System.arraycopy(plain, (int) (id - 1) * TokenLayout.SIZE, dst, 0, TokenLayout.SIZE);
            bh.consume(dst);
        }
    }
}

package io.neurograph.engine;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaHistoryEntry;
import io.neurograph.engine.cdna.CdnaManagerSnapshot;
import io.neurograph.engine.cdna.QuarantineLimits;
import io.neurograph.engine.cdna.QuarantineMetrics;
import io.neurograph.engine.store.PersistedCdnaState;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binary form of the CDNA manager state. History: per entry {@code savedAt} (i64) + the 384-byte
 * CDNA, newest first. Quarantine: the replaced CDNA (384 bytes), then startedAt, duration, three
 * limits, three metrics and the memory baseline (nine i64). All little-endian.
 */
final class CdnaStateCodec {
    private static final int CDNA_SIZE = 384;
    private static final int HISTORY_ENTRY = Long.BYTES + CDNA_SIZE;
    private static final int TRIAL_SIZE = CDNA_SIZE + 9 * Long.BYTES;

    private CdnaStateCodec() {
    }

    static PersistedCdnaState encode(CdnaManagerSnapshot s) {
        ByteBuffer history = buffer(s.history().size() * HISTORY_ENTRY);
        for (CdnaHistoryEntry e : s.history()) {
            history.putLong(e.savedAt()).put(e.cdna().toBytes());
        }
        byte[] quarantine = s.quarantine().map(t -> {
            ByteBuffer b = buffer(TRIAL_SIZE).put(t.previous().toBytes());
            b.putLong(t.startedAt()).putLong(t.durationSeconds());
            b.putLong(t.limits().maxTokenChurn()).putLong(t.limits().maxConnectionBreaks())
                    .putLong(t.limits().maxMemoryGrowthBytes());
            b.putLong(t.metrics().tokenChurn()).putLong(t.metrics().connectionBreaks())
                    .putLong(t.metrics().memoryGrowthBytes());
            b.putLong(t.memoryBaselineBytes());
            return b.array();
        }).orElse(null);
        return new PersistedCdnaState(s.current().toBytes(), history.array(), quarantine);
    }

    /** @throws IllegalArgumentException when the bytes do not have the expected shape */
    static CdnaManagerSnapshot decode(PersistedCdnaState p) {
        requireLength("current CDNA", p.current().length, CDNA_SIZE);
        if (p.history().length % HISTORY_ENTRY != 0) {
            throw new IllegalArgumentException("CDNA history is " + p.history().length + " bytes, not a multiple of "
                    + HISTORY_ENTRY);
        }
        ByteBuffer h = ByteBuffer.wrap(p.history()).order(ByteOrder.LITTLE_ENDIAN);
        List<CdnaHistoryEntry> history = new ArrayList<>();
        while (h.hasRemaining()) {
            long savedAt = h.getLong();
            history.add(new CdnaHistoryEntry(cdna(h), savedAt));
        }
        Optional<CdnaManagerSnapshot.Trial> trial = Optional.ofNullable(p.quarantine()).map(q -> {
            requireLength("quarantine state", q.length, TRIAL_SIZE);
            ByteBuffer b = ByteBuffer.wrap(q).order(ByteOrder.LITTLE_ENDIAN);
            try {
                Cdna previous = cdna(b);
                long startedAt = b.getLong();
                long duration = b.getLong();
                QuarantineLimits limits = new QuarantineLimits(b.getLong(), b.getLong(), b.getLong());
                QuarantineMetrics metrics = new QuarantineMetrics(b.getLong(), b.getLong(), b.getLong());
                return new CdnaManagerSnapshot.Trial(previous, startedAt, duration, limits, metrics, b.getLong());
            } catch (BufferUnderflowException e) {
                throw new IllegalArgumentException("quarantine state is truncated", e);
            }
        });
        return new CdnaManagerSnapshot(Cdna.fromBytes(p.current()), history, trial);
    }

    private static Cdna cdna(ByteBuffer b) {
        byte[] record = new byte[CDNA_SIZE];
        b.get(record);
        return Cdna.fromBytes(record);
    }

    private static void requireLength(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " is " + actual + " bytes, " + expected + " expected");
        }
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}

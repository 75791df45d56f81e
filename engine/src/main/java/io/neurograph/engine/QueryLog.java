package io.neurograph.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answered queries by id, so feedback given later — in another process, for the CLI — can find the
 * connections that produced a result. Durable in the data folder (the newest {@value #KEEP} are kept);
 * the most recent ones are also cached, which is all an in-memory engine has.
 */
public final class QueryLog {
    static final int KEEP = 10_000;
    private static final int CACHED = 256;
    private final EngineCore core;
    private final Map<String, String> recent = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED;
        }
    };

    /** Latencies kept for {@link #timings()}: enough for p95 over a second of a busy server. */
    private static final int TIMED = 1024;
    private final long[] latencyMicros = new long[TIMED];
    private long answered;

    QueryLog(EngineCore core) {
        this.core = core;
    }

    /** Stores {@code answerJson} under {@code id}, committed before this returns. */
    public void save(String id, String answerJson) {
        core.write(() -> {
            core.repository.saveQuery(id, core.now(), answerJson, KEEP);
            return null;
        });
        synchronized (recent) {
            recent.put(id, answerJson);
        }
    }

    /** Counts one answered query and its latency, for the Dashboard's queries/s and percentiles. */
    public synchronized void answered(long micros) {
        latencyMicros[(int) (answered % TIMED)] = micros;
        answered++;
    }

    /** Queries answered since the engine opened and the latencies of the newest (at most 1024), oldest first. */
    public synchronized QueryTimings timings() {
        int kept = (int) Math.min(answered, TIMED);
        long[] recent = new long[kept];
        for (int i = 0; i < kept; i++) {
            recent[i] = latencyMicros[(int) ((answered - kept + i) % TIMED)];
        }
        return new QueryTimings(answered, recent);
    }

    public Optional<String> find(String id) {
        synchronized (recent) {
            String cached = recent.get(id);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        return core.repository.loadQuery(id);
    }
}

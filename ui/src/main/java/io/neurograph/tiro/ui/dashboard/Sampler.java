package io.neurograph.tiro.ui.dashboard;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineStatus;
import io.neurograph.engine.ModelRuntimes;
import io.neurograph.engine.QueryTimings;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.engine.metrics.MetricsSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Takes one {@link Sample} per call from the engine's status, metrics, query log, events and model runtimes
 * (capsule loads and evictions of every model run since the engine opened) and from the JVM. Counters become
 * per-second rates against the previous call. Plain Java and cheap (no I/O), so the view-model can call it every
 * second on a background thread; calls must not overlap.
 */
public final class Sampler implements AutoCloseable {
    /** Only collections that paused the JVM this long in one second get a marker. */
    static final long GC_MARKER_MILLIS = 50;

    /** Events kept per sample for the activity table; a bulk import would otherwise hand over thousands. */
    static final int EVENTS_PER_SAMPLE = 200;
    private static final int QUEUE = 10_000;
    private static final double MICROS_PER_MILLI = 1000;

    private final Engine engine;
    private final JvmProbe jvm;
    private final LongSupplier clockMillis;
    private final Subscription events;
    private Previous previous;

    /** @param clockMillis wall clock in epoch milliseconds */
    public Sampler(Engine engine, JvmProbe jvm, LongSupplier clockMillis) {
        this.engine = engine;
        this.jvm = jvm;
        this.clockMillis = clockMillis;
        this.events = engine.events().subscribe(Set.of(EngineEvent.class), QUEUE);
    }

    public static Sampler of(Engine engine) {
        return new Sampler(engine, JvmProbe.platform(), System::currentTimeMillis);
    }

    public Sample sample() {
        long now = clockMillis.getAsLong();
        EngineStatus status = engine.status();
        MetricsSnapshot metrics = engine.metrics().snapshot();
        QueryTimings queries = engine.queryLog().timings();
        JvmReading reading = jvm.read();
        ModelRuntimes.Stats capsules = engine.models().stats();
        List<EngineEvent> seen = new ArrayList<>();
        int eventCount = events.drain(seen::add, QUEUE);

        double seconds = previous == null ? 0 : Math.max(0.001, (now - previous.epochMillis) / 1000.0);
        long rejections = metrics.tokensRejected() + metrics.connectionsRejected();
        double[] v = new double[Metric.values().length];
        v[Metric.TOKENS.ordinal()] = status.tokenCount();
        v[Metric.CONNECTIONS.ordinal()] = status.connectionCount();
        v[Metric.QUERIES_PER_SECOND.ordinal()] = rate(queries.answered(), p -> p.queries, seconds);
        long[] fresh = newLatencies(queries);
        v[Metric.QUERY_P50.ordinal()] = percentile(fresh, 0.50) / MICROS_PER_MILLI;
        v[Metric.QUERY_P95.ordinal()] = percentile(fresh, 0.95) / MICROS_PER_MILLI;
        v[Metric.HEAP.ordinal()] = reading.heapUsedBytes();
        v[Metric.MAPPED.ordinal()] = reading.mappedBytes(); // the JVM's mapped pool includes the model files
        v[Metric.DIRECT.ordinal()] = reading.directBytes();
        v[Metric.CPU.ordinal()] = reading.cpuLoad() < 0 ? Double.NaN : reading.cpuLoad() * 100;
        v[Metric.GC_PAUSE.ordinal()] = rate(reading.gcMillis(), p -> p.gcMillis, seconds);
        v[Metric.EVENTS_PER_SECOND.ordinal()] = seconds == 0 ? 0 : eventCount / seconds;
        v[Metric.REJECTIONS.ordinal()] = rate(rejections, p -> p.rejections, seconds);
        v[Metric.CAPSULE_LOADS.ordinal()] = capsules.capsuleLoads();
        v[Metric.CAPSULE_EVICTIONS.ordinal()] = capsules.capsuleEvictions();

        List<Marker> markers = markers(now, seen, reading);
        previous = new Previous(now, queries.answered(), reading.gcMillis(), reading.gcCount(), rejections);
        List<EngineEvent> kept = seen.subList(Math.max(0, seen.size() - EVENTS_PER_SAMPLE), seen.size());
        return new Sample(now, v, markers, kept);
    }

    private double rate(long counter, ToLongFunction<Previous> before, double seconds) {
        return previous == null ? 0 : Math.max(0, counter - before.applyAsLong(previous)) / seconds;
    }

    private long[] newLatencies(QueryTimings queries) {
        long since = previous == null ? queries.answered() : queries.answered() - previous.queries;
        int fresh = (int) Math.min(since, queries.recentMicros().length);
        long[] recent = queries.recentMicros();
        return Arrays.copyOfRange(recent, recent.length - fresh, recent.length);
    }

    /** Nearest-rank percentile; NaN when no query was answered, so the chart shows a gap rather than 0 ms. */
    static double percentile(long[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** One marker per kind and second at most: an import arrives as many batches. */
    private List<Marker> markers(long now, List<EngineEvent> seen, JvmReading reading) {
        long imported = 0;
        String cdna = null;
        for (EngineEvent e : seen) {
            switch (e) {
                case EngineEvent.TokensCreated t -> imported += t.count();
                case EngineEvent.CdnaUpdated u -> cdna = u.profile();
                case EngineEvent.CdnaRolledBack r -> cdna = r.profile() + " ← " + r.reason();
                default -> {
                }
            }
        }
        List<Marker> markers = new ArrayList<>(3);
        if (imported > 0) {
            markers.add(new Marker(now, Marker.Kind.IMPORT, Long.toString(imported)));
        }
        if (cdna != null) {
            markers.add(new Marker(now, Marker.Kind.CDNA, cdna));
        }
        // the many short young collections of an idle JVM would cover every chart in grey lines
        if (previous != null && reading.gcMillis() - previous.gcMillis >= GC_MARKER_MILLIS) {
            markers.add(new Marker(now, Marker.Kind.GC, Long.toString(reading.gcCount() - previous.gcCount)));
        }
        return markers;
    }

    @Override
    public void close() {
        events.close();
    }

    private record Previous(long epochMillis, long queries, long gcMillis, long gcCount, long rejections) {
    }
}

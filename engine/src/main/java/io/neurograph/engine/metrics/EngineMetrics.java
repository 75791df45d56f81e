package io.neurograph.engine.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The engine's {@code neurograph_*} metrics in a registry of its own (never the static default one,
 * so that two engines in one JVM, or tests, do not share counts). Feeds {@code /metrics} (serve
 * {@link #scrape()} with {@link #CONTENT_TYPE}), the Dashboard and {@code tiro status}. Thread-safe.
 *
 * <p>The Prometheus Java client (1.5) refuses any metric name ending in {@code _created} once
 * {@code _total} is stripped (client_java issue 1361), which rules out upstream's
 * {@code neurograph_tokens_created_total} and {@code neurograph_connections_created_total}. To keep
 * the upstream names those two counter families are written by hand after the registry's output, so
 * they exist only in {@link #scrape()}, not in the registry.
 */
public final class EngineMetrics {
    /** Content type of {@link #scrape()}'s output. */
    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;
    /** Seconds; engine operations take microseconds, so the client's default buckets would be useless. */
    private static final double[] LATENCY_BUCKETS = {1e-5, 1e-4, 1e-3, 0.01, 0.1, 1};
    private static final double NANOS_PER_SECOND = 1e9;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final HandWrittenCounter tokensCreated = new HandWrittenCounter("neurograph_tokens_created_total",
            "Tokens created");
    private final Counter tokensDeleted = counter("neurograph_tokens_deleted_total", "Tokens deleted");
    private final HandWrittenCounter connectionsCreated = new HandWrittenCounter(
            "neurograph_connections_created_total", "Connections created");
    private final Counter connectionsDeleted = counter("neurograph_connections_deleted_total", "Connections deleted");
    private final Counter tokensValidated = counter("neurograph_tokens_validated_total",
            "Token writes checked by the Guardian");
    private final Counter tokensRejected = counter("neurograph_tokens_rejected_total",
            "Token writes refused by the Guardian");
    private final Counter connectionsValidated = counter("neurograph_connections_validated_total",
            "Connection writes checked by the Guardian");
    private final Counter connectionsRejected = counter("neurograph_connections_rejected_total",
            "Connection writes refused by the Guardian");
    private final Counter quotaExceeded = counter("neurograph_quota_exceeded_total", "Writes refused by a quota");
    private final Counter gridQueries = counter("neurograph_grid_queries_total", "Grid queries run");
    private final Counter cdnaOperations = Counter.builder().name("neurograph_cdna_operations_total")
            .help("CDNA operations by kind").labelNames("op").register(registry);
    private final Gauge tokensActive = gauge("neurograph_tokens_active", "Tokens currently stored");
    private final Gauge connectionsActive = gauge("neurograph_connections_active", "Connections currently stored");
    private final Gauge memoryUsed = gauge("neurograph_memory_used_bytes", "Memory in use as seen by the quotas");
    private final Gauge memoryPercent = gauge("neurograph_memory_usage_percent",
            "Memory in use as a percentage (0-100) of the quota");
    private final Histogram tokenCreation = histogram("neurograph_token_creation_duration_seconds",
            "Time to create a token or a batch of tokens");
    private final Histogram connectionCreation = histogram("neurograph_connection_creation_duration_seconds",
            "Time to create a connection or a batch of connections");
    private final Histogram validation = histogram("neurograph_validation_duration_seconds",
            "Time of one Guardian validation");
    private final Histogram gridQuery = histogram("neurograph_grid_query_duration_seconds", "Time of one grid query");
    private volatile LongSupplier eventQueueSize = () -> 0;

    public EngineMetrics() {
        GaugeWithCallback.builder().name("neurograph_guardian_event_queue_size")
                .help("Undelivered events in the event bus")
                .callback(cb -> cb.call(eventQueueSize.getAsLong())).register(registry);
    }

    /** {@code count} tokens were created in {@code elapsedNanos} (one observation per call). */
    public void tokenCreated(int count, long elapsedNanos) {
        tokensCreated.inc(nonNegative(count));
        tokensActive.inc(count);
        tokenCreation.observe(elapsedNanos / NANOS_PER_SECOND);
    }

    public void tokenDeleted(int count) {
        tokensDeleted.inc(nonNegative(count));
        tokensActive.dec(count);
    }

    public void connectionCreated(int count, long elapsedNanos) {
        connectionsCreated.inc(nonNegative(count));
        connectionsActive.inc(count);
        connectionCreation.observe(elapsedNanos / NANOS_PER_SECOND);
    }

    public void connectionDeleted(int count) {
        connectionsDeleted.inc(nonNegative(count));
        connectionsActive.dec(count);
    }

    /** Sets the active gauges outright, e.g. after the store was reopened or cleared. */
    public void activeCounts(long tokens, long connections) {
        tokensActive.set(tokens);
        connectionsActive.set(connections);
    }

    /** A token write was checked; {@code accepted == false} also counts a rejection. */
    public void tokenValidated(boolean accepted, long elapsedNanos) {
        tokensValidated.inc();
        if (!accepted) {
            tokensRejected.inc();
        }
        validation.observe(elapsedNanos / NANOS_PER_SECOND);
    }

    public void connectionValidated(boolean accepted, long elapsedNanos) {
        connectionsValidated.inc();
        if (!accepted) {
            connectionsRejected.inc();
        }
        validation.observe(elapsedNanos / NANOS_PER_SECOND);
    }

    public void quotaExceeded() {
        quotaExceeded.inc();
    }

    public void cdnaOperation(CdnaOperation op) {
        cdnaOperations.labelValues(op.label()).inc();
    }

    public void gridQuery(long elapsedNanos) {
        gridQueries.inc();
        gridQuery.observe(elapsedNanos / NANOS_PER_SECOND);
    }

    public void memory(long usedBytes, double usagePercent) {
        memoryUsed.set(usedBytes);
        memoryPercent.set(usagePercent);
    }

    /** Where the event-queue gauge reads its value, typically {@code bus::queuedEvents}. */
    public void trackEventQueue(LongSupplier queuedEvents) {
        this.eventQueueSize = queuedEvents;
    }

    /** Prometheus text exposition format (version 0.0.4) of every metric. */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing metrics to memory failed", e);
        }
        StringBuilder text = new StringBuilder(out.toString(StandardCharsets.UTF_8));
        tokensCreated.appendTo(text);
        connectionsCreated.appendTo(text);
        return text.toString();
    }

    public MetricsSnapshot snapshot() {
        return new MetricsSnapshot((long) tokensActive.get(), (long) connectionsActive.get(),
                (long) tokensCreated.get(), (long) tokensDeleted.get(), (long) connectionsCreated.get(),
                (long) connectionsDeleted.get(), (long) tokensValidated.get(), (long) tokensRejected.get(),
                (long) connectionsValidated.get(), (long) connectionsRejected.get(), (long) quotaExceeded.get(),
                (long) gridQueries.get(), (long) memoryUsed.get(), memoryPercent.get(), eventQueueSize.getAsLong());
    }

    /** A counter family in text format 0.0.4, for names the client library refuses (see class comment). */
    private record HandWrittenCounter(String name, String help, LongAdder value) {
        HandWrittenCounter(String name, String help) {
            this(name, help, new LongAdder());
        }

        void inc(long n) {
            value.add(n);
        }

        double get() {
            return value.sum();
        }

        void appendTo(StringBuilder text) {
            text.append("# HELP ").append(name).append(' ').append(help).append('\n')
                    .append("# TYPE ").append(name).append(" counter\n")
                    .append(name).append(' ').append((double) value.sum()).append('\n');
        }
    }

    private Counter counter(String name, String help) {
        return Counter.builder().name(name).help(help).register(registry);
    }

    private Gauge gauge(String name, String help) {
        return Gauge.builder().name(name).help(help).register(registry);
    }

    private Histogram histogram(String name, String help) {
        return Histogram.builder().name(name).help(help).classicOnly().classicUpperBounds(LATENCY_BUCKETS)
                .register(registry);
    }

    private static int nonNegative(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be ≥ 0, got " + count);
        }
        return count;
    }
}

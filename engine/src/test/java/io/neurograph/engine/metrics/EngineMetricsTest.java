package io.neurograph.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineMetricsTest {
    @Test
    void scrapeExposesTheUpstreamNames() {
        EngineMetrics m = new EngineMetrics();
        m.tokenCreated(3, 5_000);
        String text = m.scrape();
        assertThat(text).contains(
                "neurograph_tokens_created_total 3.0",
                "# TYPE neurograph_tokens_created_total counter",
                "neurograph_tokens_deleted_total",
                "neurograph_connections_created_total 0.0",
                "neurograph_connections_deleted_total",
                "neurograph_tokens_validated_total",
                "neurograph_tokens_rejected_total",
                "neurograph_connections_validated_total",
                "neurograph_connections_rejected_total",
                "neurograph_quota_exceeded_total",
                "neurograph_grid_queries_total",
                "neurograph_tokens_active 3.0",
                "neurograph_connections_active",
                "neurograph_memory_used_bytes",
                "neurograph_memory_usage_percent",
                "neurograph_guardian_event_queue_size",
                "neurograph_token_creation_duration_seconds_bucket{le=\"1.0E-5\"} 1",
                "neurograph_connection_creation_duration_seconds",
                "neurograph_validation_duration_seconds_bucket{le=\"0.1\"}",
                "neurograph_grid_query_duration_seconds");
        assertThat(EngineMetrics.CONTENT_TYPE).startsWith("text/plain");
    }

    @Test
    void typedUpdatesShowInTheSnapshotAndText() {
        EngineMetrics m = new EngineMetrics();
        m.tokenCreated(10, 1_000);
        m.tokenDeleted(4);
        m.connectionCreated(2, 1_000);
        m.connectionDeleted(1);
        m.tokenValidated(true, 100);
        m.tokenValidated(false, 100);
        m.connectionValidated(false, 100);
        m.quotaExceeded();
        m.gridQuery(2_000_000);
        m.memory(1_024, 12.5);
        m.trackEventQueue(() -> 7);
        m.cdnaOperation(CdnaOperation.QUARANTINE_START);

        MetricsSnapshot s = m.snapshot();
        assertThat(s).isEqualTo(new MetricsSnapshot(6, 1, 10, 4, 2, 1, 2, 1, 1, 1, 1, 1, 1_024, 12.5, 7));
        assertThat(m.scrape()).contains("neurograph_cdna_operations_total{op=\"quarantine_start\"} 1.0",
                "neurograph_guardian_event_queue_size 7.0", "neurograph_memory_usage_percent 12.5",
                "neurograph_grid_query_duration_seconds_bucket{le=\"0.001\"} 0",
                "neurograph_grid_query_duration_seconds_bucket{le=\"0.01\"} 1");

        m.activeCounts(100, 50);
        assertThat(m.snapshot().tokensActive()).isEqualTo(100);
        assertThat(m.snapshot().connectionsActive()).isEqualTo(50);
    }

    @Test
    void everyEngineHasItsOwnRegistry() {
        EngineMetrics a = new EngineMetrics();
        EngineMetrics b = new EngineMetrics();
        a.tokenDeleted(5);
        assertThat(b.snapshot().tokensDeleted()).isZero();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new EngineMetrics().tokenCreated(-1, 0)).hasMessageContaining("count must be ≥ 0");
    }
}

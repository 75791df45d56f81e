package io.neurograph.tiro.ui.dashboard;

/** The series the Dashboard samples every second, in display and CSV column order. */
public enum Metric {
    TOKENS("dashboard.metric.tokens", "tokens", Unit.COUNT),
    CONNECTIONS("dashboard.metric.connections", "connections", Unit.COUNT),
    QUERIES_PER_SECOND("dashboard.metric.queriesPerSecond", "queries_per_second", Unit.RATE),
    QUERY_P50("dashboard.metric.queryMedian", "query_latency_p50_ms", Unit.MILLIS),
    QUERY_P95("dashboard.metric.queryTail", "query_latency_p95_ms", Unit.MILLIS),
    HEAP("dashboard.metric.heap", "heap_used_bytes", Unit.BYTES),
    MAPPED("dashboard.metric.mapped", "mapped_bytes", Unit.BYTES),
    DIRECT("dashboard.metric.direct", "direct_bytes", Unit.BYTES),
    CPU("dashboard.metric.cpu", "process_cpu_percent", Unit.PERCENT),
    GC_PAUSE("dashboard.metric.gcPause", "gc_pause_ms_per_second", Unit.MILLIS),
    EVENTS_PER_SECOND("dashboard.metric.eventsPerSecond", "events_per_second", Unit.RATE),
    REJECTIONS("dashboard.metric.rejections", "guardian_rejections_per_second", Unit.RATE),
    CAPSULE_LOADS("dashboard.metric.capsuleLoads", "capsule_loads", Unit.COUNT),
    CAPSULE_EVICTIONS("dashboard.metric.capsuleEvictions", "capsule_evictions", Unit.COUNT);

    private final String titleKey;
    private final String csvName;
    private final Unit unit;

    Metric(String titleKey, String csvName, Unit unit) {
        this.titleKey = titleKey;
        this.csvName = csvName;
        this.unit = unit;
    }

    public String titleKey() {
        return titleKey;
    }

    /** Column name in the CSV export: stable, English, unit in the name. */
    public String csvName() {
        return csvName;
    }

    public Unit unit() {
        return unit;
    }

    /** How a value is shown; the message keys hold the localised number pattern. */
    public enum Unit {
        COUNT("dashboard.unit.count", "dashboard.unit.countName"),
        RATE("dashboard.unit.rate", "dashboard.unit.rateName"),
        MILLIS("dashboard.unit.millis", "dashboard.unit.millisName"),
        BYTES("dashboard.unit.mebibytes", "dashboard.unit.mebibytesName"),
        PERCENT("dashboard.unit.percent", "dashboard.unit.percentName");

        private final String formatKey;
        private final String nameKey;

        Unit(String formatKey, String nameKey) {
            this.formatKey = formatKey;
            this.nameKey = nameKey;
        }

        /** The unit alone, e.g. "MiB", beside a threshold field. */
        public String nameKey() {
            return nameKey;
        }

        public String formatKey() {
            return formatKey;
        }

        /** The value in the unit the format key expects (bytes are shown in MiB). */
        public double scaled(double value) {
            return this == BYTES ? value / (1024 * 1024) : value;
        }
    }
}

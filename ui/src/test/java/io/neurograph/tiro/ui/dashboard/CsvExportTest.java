package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void writesAHeaderAndOneRowPerSampleWithEmptyCellsForMissingValues() throws Exception {
        MetricHistory history = new MetricHistory(10);
        double[] first = new double[Metric.values().length];
        first[Metric.TOKENS.ordinal()] = 12;
        first[Metric.CPU.ordinal()] = 2.5;
        first[Metric.QUERY_P50.ordinal()] = Double.NaN;
        history.append(new Sample(0, first, List.of(), List.of()));
        history.append(new Sample(1000, new double[Metric.values().length], List.of(), List.of()));

        StringWriter out = new StringWriter();
        CsvExport.write(history, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("time,tokens,connections,queries_per_second,query_latency_p50_ms,")
                .endsWith(",capsule_evictions");
        assertThat(lines.get(1)).isEqualTo("1970-01-01T00:00:00Z,12,0,0,,0,0,0,0,2.500,0,0,0,0,0");
        assertThat(lines.get(2)).startsWith("1970-01-01T00:00:01Z,0,0,");
    }
}

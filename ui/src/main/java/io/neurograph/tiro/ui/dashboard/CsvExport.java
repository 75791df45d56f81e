package io.neurograph.tiro.ui.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;

/** Every series as CSV: one row per second, ISO-8601 UTC time first, an empty cell where there was no value. */
public final class CsvExport {
    private CsvExport() {
    }

    public static void write(MetricHistory history, Writer out) throws IOException {
        out.write("time");
        for (Metric m : Metric.values()) {
            out.write(',');
            out.write(m.csvName());
        }
        out.write('\n');
        for (int i = 0; i < history.size(); i++) {
            out.write(Instant.ofEpochMilli(history.time(i)).toString());
            for (Metric m : Metric.values()) {
                out.write(',');
                out.write(cell(history.series(m).get(i)));
            }
            out.write('\n');
        }
    }

    private static String cell(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}

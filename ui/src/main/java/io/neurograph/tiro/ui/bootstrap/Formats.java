package io.neurograph.tiro.ui.bootstrap;

import io.neurograph.tiro.ui.support.Messages;
import java.time.Duration;
import java.util.Locale;

/** Sizes, speeds and durations of jobs as the Bootstrap tab shows them. */
final class Formats {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Formats() {
    }

    static String bytes(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String duration(Duration d, Messages messages) {
        return d.toSeconds() < 1 ? messages.get("bootstrap.lessThanSecond") : clock(d.toMillis() / 1000.0);
    }

    /** A path as one command-line word: quoted when it holds spaces or quotes. */
    static String word(Object path) {
        String s = path.toString();
        return s.matches("[^\\s\"']+") ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

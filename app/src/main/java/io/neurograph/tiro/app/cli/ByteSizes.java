package io.neurograph.tiro.app.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Byte counts for people: "86.1 MiB" out, "64m" / "1g" / "512k" / "1000" in. */
final class ByteSizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private ByteSizes() {
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** Parses sizes like {@code 64m}, {@code 1.5g}, {@code 512k} or plain bytes (binary units). */
    static final class Converter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            String s = text.strip().toLowerCase(Locale.ROOT);
            if (s.endsWith("b")) {
                s = s.substring(0, s.length() - 1);
            }
            int shift = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
                case 'k' -> 10;
                case 'm' -> 20;
                case 'g' -> 30;
                case 't' -> 40;
                default -> 0;
            };
            String number = shift == 0 ? s : s.substring(0, s.length() - 1);
            double value;
            try {
                value = Double.parseDouble(number) * (1L << shift);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + text + "' is not a size; use bytes or a number with k, m, g (e.g. 64m)");
            }
            if (!(value >= 1) || value >= Long.MAX_VALUE) {
                throw new CommandLine.TypeConversionException("'" + text + "': a size must be at least 1 byte and"
                        + " below 8 EiB");
            }
            return (long) value;
        }
    }
}

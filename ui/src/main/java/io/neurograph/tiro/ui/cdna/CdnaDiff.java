package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field-by-field comparison of two CDNAs. It reads the engine's own JSON form ({@link CdnaJson}), so every
 * field the engine knows is compared under its snake_case name without a second field table here; array
 * fields are split into one row per element.
 */
final class CdnaDiff {
    /** Bookkeeping that differs between any two builds and is not part of an edit. */
    private static final Set<String> IGNORED = Set.of("created_at", "modified_at", "checksum");
    /** One pretty-printed JSON member per line: {@code "name" : value,}. */
    private static final Pattern MEMBER = Pattern.compile("^\\s*\"([a-z_]+)\"\\s*:\\s*(.*?),?\\s*$");

    private CdnaDiff() {
    }

    /** Every compared field, in the engine's field order. */
    static List<DiffRow> between(Cdna base, Cdna edited) {
        Map<String, String> left = fields(base);
        Map<String, String> right = fields(edited);
        List<DiffRow> rows = new ArrayList<>(left.size());
        left.forEach((field, value) -> rows.add(new DiffRow(field, value, right.getOrDefault(field, ""))));
        return rows;
    }

    /** Only the fields that differ. */
    static List<DiffRow> changes(Cdna base, Cdna edited) {
        return between(base, edited).stream().filter(DiffRow::changed).toList();
    }

    private static Map<String, String> fields(Cdna cdna) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : CdnaJson.toJson(cdna).split("\\R")) {
            Matcher m = MEMBER.matcher(line);
            if (!m.matches() || IGNORED.contains(m.group(1))) {
                continue;
            }
            String value = m.group(2);
            if (value.startsWith("[")) {
                String[] items = value.substring(1, value.length() - 1).trim().split("\\s*,\\s*");
                for (int i = 0; i < items.length; i++) {
                    out.put(m.group(1) + "[" + i + "]", items[i]);
                }
            } else {
                out.put(m.group(1), value.replace("\"", ""));
            }
        }
        return out;
    }
}

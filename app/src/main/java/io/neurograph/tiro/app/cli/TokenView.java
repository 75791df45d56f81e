package io.neurograph.tiro.app.cli;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A token as the CLI shows it: a JSON-friendly record and a human-readable block. */
public record TokenView(long id, String label, String entityType, String flags, float weight, float fieldRadius,
                        float fieldStrength, long timestamp, Map<String, float[]> coordinates) {

    public static TokenView of(Token t, String label) {
        Map<String, float[]> coords = new LinkedHashMap<>();
        for (CoordinateSpace s : CoordinateSpace.values()) {
            if (t.isDefined(s)) {
                coords.put(s.code(), t.coordinates(s));
            }
        }
        return new TokenView(t.id(), label, t.entityType().name(), String.format("0x%04X", t.flags()), t.weight(),
                t.fieldRadius(), t.fieldStrength(), t.timestamp(), coords);
    }

    /** One line for lists. */
    public String line() {
        return String.format("%8d  %-20s %-10s weight %.3f", id, label == null ? "-" : label, entityType, weight);
    }

    public String block() {
        StringBuilder sb = new StringBuilder();
        sb.append("Token ").append(id);
        if (label != null) {
            sb.append("  \"").append(label).append('"');
        }
        sb.append('\n');
        sb.append(String.format("  entity type  %s%n  flags        %s%n  weight       %s%n", entityType, flags, weight));
        sb.append(String.format("  field        radius %.2f, strength %.3f%n", fieldRadius, fieldStrength));
        sb.append("  created      ").append(Instant.ofEpochSecond(timestamp)).append('\n');
        coordinates.forEach((space, xyz) -> sb.append(String.format("  %-3s %-10s (%.4f, %.4f, %.4f)%n", space,
                CoordinateSpace.parse(space).title(), xyz[0], xyz[1], xyz[2])));
        return sb.toString().stripTrailing();
    }
}

package io.neurograph.tiro.ui.graph;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.tiro.ui.support.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every field of a token or a connection as name/value rows; numbers as the {@code tiro} CLI prints them. */
final class DetailRows {
    private final Messages messages;

    DetailRows(Messages messages) {
        this.messages = messages;
    }

    List<DetailRow> token(NeighbourhoodSource.TokenDetails details) {
        Token t = details.token();
        List<DetailRow> rows = new ArrayList<>();
        rows.add(row("graph.field.id", Long.toString(t.id())));
        rows.add(row("graph.field.label", details.label() == null ? "—" : details.label()));
        rows.add(row("graph.field.entityType", t.entityType().name()));
        rows.add(row("graph.field.flags", String.format(Locale.ROOT, "0x%04X", t.flags())));
        rows.add(row("graph.field.weight", number(t.weight())));
        rows.add(row("graph.field.fieldRadius", number(t.fieldRadius())));
        rows.add(row("graph.field.fieldStrength", number(t.fieldStrength())));
        rows.add(row("graph.field.created", time(t.timestamp())));
        rows.add(row("graph.field.connections", Integer.toString(details.connections())));
        for (CoordinateSpace space : CoordinateSpace.values()) {
            String value = t.isDefined(space) ? vector(t.coordinates(space)) : messages.get("graph.field.undefined");
            rows.add(new DetailRow(messages.format("graph.field.space", space.code(), space.title()), value));
        }
        return rows;
    }

    List<DetailRow> connection(NeighbourhoodSource.ConnectionDetails details) {
        Connection c = details.entry().connection();
        String type = ConnectionType.isDefined(c.type())
                ? String.format(Locale.ROOT, "%s (0x%02X)", ConnectionType.of(c.type()).title(), c.type())
                : String.format(Locale.ROOT, "0x%02X", c.type());
        ConnectionType.Category category = ConnectionType.Category.of(c.type());
        List<DetailRow> rows = new ArrayList<>();
        rows.add(row("graph.field.id", Long.toString(details.entry().id())));
        rows.add(row("graph.field.tokenA", details.tokenA().caption() + " (" + c.tokenA() + ")"));
        rows.add(row("graph.field.tokenB", details.tokenB().caption() + " (" + c.tokenB() + ")"));
        rows.add(row("graph.field.type", type));
        rows.add(row("graph.field.category", category == null ? "—" : category.name()));
        rows.add(row("graph.field.mutability", c.mutability().name()));
        rows.add(row("graph.field.confidence", number(c.confidence() / 255f)));
        rows.add(row("graph.field.evidence", Integer.toString(c.evidenceCount())));
        rows.add(row("graph.field.activations", Long.toString(c.activationCount())));
        rows.add(row("graph.field.pullStrength", number(c.pullStrength())));
        rows.add(row("graph.field.preferredDistance", number(c.preferredDistance())));
        rows.add(row("graph.field.rigidity", number(c.rigidity() / 255f)));
        rows.add(row("graph.field.learningRate", number(c.learningRate() / 255f)));
        rows.add(row("graph.field.decayRate", number(c.decayRate() / 255f)));
        rows.add(row("graph.field.flags", String.format(Locale.ROOT, "0x%02X", c.flags())));
        rows.add(row("graph.field.activeLevels", String.format(Locale.ROOT, "0x%02X", c.activeLevels())));
        rows.add(row("graph.field.sourceId", Long.toString(c.sourceId())));
        rows.add(row("graph.field.created", time(c.createdAt())));
        rows.add(row("graph.field.lastActivation", time(c.lastActivation())));
        rows.add(row("graph.field.lastUpdate", time(c.lastUpdate())));
        rows.add(row("graph.field.targetVector", raw(c.targetVector())));
        return rows;
    }

    private DetailRow row(String key, String value) {
        return new DetailRow(messages.get(key), value);
    }

    private String time(long epochSeconds) {
        return epochSeconds == 0 ? messages.get("graph.field.never") : Instant.ofEpochSecond(epochSeconds).toString();
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String vector(float[] xyz) {
        return String.format(Locale.ROOT, "(%.4f, %.4f, %.4f)", xyz[0], xyz[1], xyz[2]);
    }

    private static String raw(short[] values) {
        StringBuilder sb = new StringBuilder();
        for (short v : values) {
            sb.append(sb.isEmpty() ? "" : " ").append(v);
        }
        return sb.toString();
    }
}

package io.neurograph.tiro.app.cli;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.store.ConnectionEntry;

/** A connection as the CLI shows it. */
record ConnectionView(long id, long tokenA, long tokenB, String type, int typeCode, String mutability,
                      float confidence, int evidence, long activations, float pullStrength, float preferredDistance,
                      float rigidity, String flags) {

    static ConnectionView of(ConnectionEntry e) {
        Connection c = e.connection();
        String name = ConnectionType.isDefined(c.type()) ? ConnectionType.of(c.type()).title() : "undefined";
        return new ConnectionView(e.id(), c.tokenA(), c.tokenB(), name, c.type(), c.mutability().name(),
                c.confidence() / 255f, c.evidenceCount(), c.activationCount(), c.pullStrength(),
                c.preferredDistance(), c.rigidity() / 255f, String.format("0x%02X", c.flags()));
    }

    String line() {
        return String.format("%8d  %8d – %-8d %-16s %-10s confidence %.3f", id, tokenA, tokenB, type, mutability,
                confidence);
    }

    String block() {
        return String.join("\n",
                "Connection " + id + ": " + tokenA + " – " + tokenB,
                String.format("  type         %s (0x%02X), %s", type, typeCode, mutability),
                String.format("  confidence   %.3f from %d pieces of evidence", confidence, evidence),
                String.format("  activations  %d", activations),
                String.format("  pull %.3f, preferred distance %.3f, rigidity %.3f, flags %s", pullStrength,
                        preferredDistance, rigidity, flags));
    }
}

package io.neurograph.engine.store;

import io.neurograph.engine.connection.Connection;

/**
 * Optional settings of a new connection; null keeps the upstream default (pull 0, preferred
 * distance 1, rigidity 128/255, flags 0).
 *
 * @param pullStrength      attraction (+) or repulsion (−), within ±10
 * @param preferredDistance 0.01 … 100
 * @param rigidity          0 … 1
 * @param flags             connection flag bits (e.g. BIDIRECTIONAL), 0 … 255
 */
public record ConnectionOptions(Float pullStrength, Float preferredDistance, Float rigidity, Integer flags) {
    public static final ConnectionOptions DEFAULTS = new ConnectionOptions(null, null, null, null);

    public static ConnectionOptions withFlags(int flags) {
        return new ConnectionOptions(null, null, null, flags);
    }

    void validate() {
        ConnectionValidation.check(pullStrength, preferredDistance, rigidity, flags);
    }

    void applyTo(Connection c) {
        if (pullStrength != null) {
            c.setPullStrength(pullStrength);
        }
        if (preferredDistance != null) {
            c.setPreferredDistance(preferredDistance);
        }
        if (rigidity != null) {
            c.setRigidity(ConnectionValidation.unitToRaw(rigidity));
        }
        if (flags != null) {
            c.setFlags(flags);
        }
    }
}

package io.neurograph.engine.store;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.Mutability;

/**
 * A partial manual change to a connection; null fields stay. The endpoints never change. A new
 * type also resets the mutability to its category default (Immutable types get full confidence),
 * so confidence cannot be set on a connection that is or becomes Immutable.
 *
 * @param type              connection type code 0x00 … 0xAF
 * @param pullStrength      within ±10
 * @param preferredDistance 0.01 … 100
 * @param rigidity          0 … 1
 * @param confidence        0 … 1
 * @param flags             flag bits 0 … 255
 * @param activeLevels      bit i = space L(i+1), 0 … 255
 */
public record ConnectionUpdate(Integer type, Float pullStrength, Float preferredDistance, Float rigidity,
                               Float confidence, Integer flags, Integer activeLevels) {

    public static Builder builder() {
        return new Builder();
    }

    void validate() {
        if (type != null) {
            ConnectionValidation.requireType(type);
        }
        ConnectionValidation.check(pullStrength, preferredDistance, rigidity, flags);
        ConnectionValidation.requireUnit("confidence", confidence);
        ConnectionValidation.requireByte("activeLevels", activeLevels);
    }

    /** Applies the present fields to {@code c} (a copy owned by the caller); {@code now} stamps the change. */
    void applyTo(Connection c, long id, long now) {
        if (type != null) {
            c.setType(type);
        }
        new ConnectionOptions(pullStrength, preferredDistance, rigidity, flags).applyTo(c);
        if (activeLevels != null) {
            c.setActiveLevels(activeLevels);
        }
        if (confidence != null) {
            if (c.mutability() == Mutability.IMMUTABLE) {
                throw new InvalidConnectionException("confidence",
                        "connection " + id + " is Immutable; its confidence is fixed at 1.0");
            }
            c.setConfidence(ConnectionValidation.unitToRaw(confidence));
        }
        c.setLastUpdate(now);
    }

    /** Fluent construction of a partial update. */
    public static final class Builder {
        private Integer type;
        private Float pullStrength;
        private Float preferredDistance;
        private Float rigidity;
        private Float confidence;
        private Integer flags;
        private Integer activeLevels;

        private Builder() {
        }

        public Builder type(int v) {
            type = v;
            return this;
        }

        public Builder pullStrength(float v) {
            pullStrength = v;
            return this;
        }

        public Builder preferredDistance(float v) {
            preferredDistance = v;
            return this;
        }

        public Builder rigidity(float v) {
            rigidity = v;
            return this;
        }

        public Builder confidence(float v) {
            confidence = v;
            return this;
        }

        public Builder flags(int v) {
            flags = v;
            return this;
        }

        public Builder activeLevels(int v) {
            activeLevels = v;
            return this;
        }

        public ConnectionUpdate build() {
            return new ConnectionUpdate(type, pullStrength, preferredDistance, rigidity, confidence, flags, activeLevels);
        }
    }
}

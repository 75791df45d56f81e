package io.neurograph.engine.store;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.EntityType;
import io.neurograph.engine.token.Token;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A partial change to a token: every null field is left as it is. The id and creation timestamp
 * can never change. {@code removeLabel} drops the label; {@code label} replaces it.
 *
 * @param weight        new weight (finite)
 * @param fieldRadius   new field radius in space units, 0 … 2.55
 * @param fieldStrength new field strength, 0 … 1
 * @param coordinates   new (x, y, z) for some spaces, each representable in its space
 * @param flags         the whole 16-bit flags word (entity type bits included)
 * @param entityType    entity type, applied after {@code flags}
 * @param label         new label
 * @param removeLabel   true to drop the current label (then {@code label} must be null)
 */
public record TokenUpdate(Float weight, Float fieldRadius, Float fieldStrength,
                          Map<CoordinateSpace, Coordinates> coordinates, Integer flags, EntityType entityType,
                          String label, boolean removeLabel) {

    /** Decoded (x, y, z) of one space. */
    public record Coordinates(float x, float y, float z) {
    }

    public TokenUpdate {
        coordinates = coordinates == null ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(coordinates));
        if (removeLabel && label != null) {
            throw new InvalidTokenException("label", "cannot both set '" + label + "' and remove the label");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks every present field; throws {@link InvalidTokenException} naming the first bad one. */
    public void validate() {
        if (weight != null) {
            TokenValidation.requireWeight(weight);
        }
        if (fieldRadius != null && !(fieldRadius >= 0f && fieldRadius <= 2.55f)) {
            throw new InvalidTokenException("fieldRadius", fieldRadius + " is outside 0 … 2.55");
        }
        if (fieldStrength != null && !(fieldStrength >= 0f && fieldStrength <= 1f)) {
            throw new InvalidTokenException("fieldStrength", fieldStrength + " is outside 0 … 1");
        }
        coordinates.forEach((space, c) -> {
            requireRepresentable(space, "x", c.x());
            requireRepresentable(space, "y", c.y());
            requireRepresentable(space, "z", c.z());
        });
        if (flags != null && (flags & ~0xFFFF) != 0) {
            throw new InvalidTokenException("flags", "0x" + Integer.toHexString(flags) + " does not fit in 16 bits");
        }
        if (label != null) {
            TokenValidation.requireLabel(label);
        }
    }

    private static void requireRepresentable(CoordinateSpace space, String axis, float v) {
        if (!space.representable(v)) {
            throw new InvalidTokenException("coordinates." + space.code() + "." + axis,
                    v + " is not representable in " + space.code() + " (±" + space.maxAbs() + ")");
        }
    }

    /** The token with this update applied; the id and timestamp stay. Call {@link #validate()} first. */
    public Token applyTo(Token current) {
        Token.Builder b = current.toBuilder();
        if (weight != null) {
            b.weight(weight);
        }
        if (fieldRadius != null) {
            b.fieldRadius(fieldRadius);
        }
        if (fieldStrength != null) {
            b.fieldStrength(fieldStrength);
        }
        coordinates.forEach((space, c) -> b.coordinates(space, c.x(), c.y(), c.z()));
        if (flags != null) {
            b.flags(flags);
        }
        if (entityType != null) {
            b.entityType(entityType);
        }
        return b.build();
    }

    /** The label the token carries after this update, given the one it has now (either may be null). */
    public String labelAfter(String currentLabel) {
        if (removeLabel) {
            return null;
        }
        return label != null ? label : currentLabel;
    }

    /** Fluent construction of a partial update. */
    public static final class Builder {
        private Float weight;
        private Float fieldRadius;
        private Float fieldStrength;
        private final Map<CoordinateSpace, Coordinates> coordinates = new EnumMap<>(CoordinateSpace.class);
        private Integer flags;
        private EntityType entityType;
        private String label;
        private boolean removeLabel;

        private Builder() {
        }

        public Builder weight(float v) {
            weight = v;
            return this;
        }

        public Builder fieldRadius(float v) {
            fieldRadius = v;
            return this;
        }

        public Builder fieldStrength(float v) {
            fieldStrength = v;
            return this;
        }

        public Builder coordinates(CoordinateSpace space, float x, float y, float z) {
            coordinates.put(space, new Coordinates(x, y, z));
            return this;
        }

        public Builder flags(int v) {
            flags = v;
            return this;
        }

        public Builder entityType(EntityType v) {
            entityType = v;
            return this;
        }

        public Builder label(String v) {
            label = v;
            removeLabel = false;
            return this;
        }

        public Builder removeLabel() {
            label = null;
            removeLabel = true;
            return this;
        }

        public TokenUpdate build() {
            return new TokenUpdate(weight, fieldRadius, fieldStrength, coordinates, flags, entityType, label, removeLabel);
        }
    }
}

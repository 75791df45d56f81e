package io.neurograph.tiro.app.cli;

import io.neurograph.engine.store.TokenUpdate;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.EntityType;
import io.neurograph.engine.token.Token;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Token field options shared by {@code token create} and {@code token update}. */
final class TokenFields {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--label", description = "Unique label (e.g. the word).")
    String label;

    @Option(names = "--weight", description = "Weight (checked against the CDNA token weight limits).")
    Float weight;

    @Option(names = "--radius", description = "Field radius, 0 … 2.55.")
    Float radius;

    @Option(names = "--strength", description = "Field strength, 0 … 1.")
    Float strength;

    @Option(names = "--entity", description = "Entity type: name (concept, object, …) or number.",
            converter = Converters.Entity.class)
    EntityType entity;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<SpaceCoordinates> coordinates = new ArrayList<>();

    /** One {@code --space Ln --xyz X,Y,Z} pair. */
    static final class SpaceCoordinates {
        @Option(names = "--space", required = true, description = "Coordinate space L1 … L8.",
                converter = Converters.Space.class)
        CoordinateSpace space;

        @Option(names = "--xyz", required = true, description = "Coordinates X,Y,Z in the space's units.",
                converter = Coordinates.Converter.class)
        Coordinates xyz;
    }

    Token template() {
        Token.Builder b = Token.builder();
        if (weight != null) {
            b.weight(weight);
        }
        if (radius != null) {
            b.fieldRadius(checkedRadius(radius));
        }
        if (strength != null) {
            b.fieldStrength(checkedStrength(strength));
        }
        if (entity != null) {
            b.entityType(entity);
        }
        for (SpaceCoordinates c : coordinates) {
            checkRange(c);
            b.coordinates(c.space, c.xyz.x(), c.xyz.y(), c.xyz.z());
        }
        return b.build();
    }

    TokenUpdate update() {
        TokenUpdate.Builder u = TokenUpdate.builder();
        if (weight != null) {
            u.weight(weight);
        }
        if (radius != null) {
            u.fieldRadius(checkedRadius(radius));
        }
        if (strength != null) {
            u.fieldStrength(checkedStrength(strength));
        }
        if (entity != null) {
            u.entityType(entity);
        }
        if (label != null) {
            u.label(label);
        }
        for (SpaceCoordinates c : coordinates) {
            checkRange(c);
            u.coordinates(c.space, c.xyz.x(), c.xyz.y(), c.xyz.z());
        }
        return u.build();
    }

    private float checkedRadius(float r) {
        if (!(r >= 0f && r <= 2.55f)) {
            throw new ParameterException(spec.commandLine(), "--radius must be between 0 and 2.55, got " + r);
        }
        return r;
    }

    private float checkedStrength(float s) {
        if (!(s >= 0f && s <= 1f)) {
            throw new ParameterException(spec.commandLine(), "--strength must be between 0 and 1, got " + s);
        }
        return s;
    }

    private void checkRange(SpaceCoordinates c) {
        for (float v : new float[] {c.xyz.x(), c.xyz.y(), c.xyz.z()}) {
            if (!c.space.representable(v)) {
                throw new ParameterException(spec.commandLine(), String.format(
                        "--xyz %s,%s,%s is out of range for %s: each value must be within ±%.4f",
                        c.xyz.x(), c.xyz.y(), c.xyz.z(), c.space.code(), c.space.maxAbs()));
            }
        }
    }
}

package io.neurograph.tiro.app.cli;

import io.neurograph.engine.cdna.ProfileId;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.EntityType;
import java.util.NoSuchElementException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters that reuse the engine's parsers and their error messages. */
final class Converters {
    private Converters() {
    }

    private abstract static class ParsedBy<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        ParsedBy(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String value) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | NoSuchElementException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Space extends ParsedBy<CoordinateSpace> {
        Space() {
            super(CoordinateSpace::parse);
        }
    }

    static final class Entity extends ParsedBy<EntityType> {
        Entity() {
            super(EntityType::parse);
        }
    }

    static final class Type extends ParsedBy<ConnectionType> {
        Type() {
            super(ConnectionType::parse);
        }
    }

    static final class Profile extends ParsedBy<ProfileId> {
        Profile() {
            super(ProfileId::parse);
        }
    }

    static final class Module extends ParsedBy<ModuleId> {
        Module() {
            super(ModuleId::parse);
        }
    }

    /** The eight dimension scales given as one option value. */
    record ScaleList(float[] values) {
    }

    /** Eight comma-separated scales. */
    static final class Scales extends ParsedBy<ScaleList> {
        Scales() {
            super(Scales::parse);
        }

        private static ScaleList parse(String value) {
            String[] parts = value.split(",");
            if (parts.length != 8) {
                throw new IllegalArgumentException("expected 8 scales separated by commas (L1 … L8), got " + parts.length);
            }
            float[] out = new float[8];
            for (int i = 0; i < 8; i++) {
                try {
                    out[i] = Float.parseFloat(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("scale L" + (i + 1) + " '" + parts[i].trim() + "' is not a number");
                }
            }
            return new ScaleList(out);
        }
    }
}

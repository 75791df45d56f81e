package io.neurograph.tiro.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "X,Y,Z" on the command line. */
record Coordinates(float x, float y, float z) {

    static final class Converter implements ITypeConverter<Coordinates> {
        @Override
        public Coordinates convert(String value) {
            String[] parts = value.split(",");
            if (parts.length != 3) {
                throw new TypeConversionException("expected X,Y,Z (three numbers separated by commas), got '" + value + "'");
            }
            float[] v = new float[3];
            for (int i = 0; i < 3; i++) {
                try {
                    v[i] = Float.parseFloat(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new TypeConversionException("'" + parts[i].trim() + "' in '" + value + "' is not a number");
                }
                if (!Float.isFinite(v[i])) {
                    throw new TypeConversionException("coordinates must be finite numbers, got '" + value + "'");
                }
            }
            return new Coordinates(v[0], v[1], v[2]);
        }
    }
}

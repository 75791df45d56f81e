package io.neurograph.engine.capsule.gguf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One GGUF metadata value with its exact type, so a value read from a file can be written back
 * byte for byte: integers keep their width and signedness, floats their bits, arrays their element
 * type. {@link #toJsonValue()} and {@link #fromJsonValue(Object)} carry the same information through
 * JSON (as plain maps, lists, numbers, strings and booleans).
 */
public sealed interface GgufValue permits GgufValue.Scalar, GgufValue.Text, GgufValue.Array {

    /** Deepest nesting of arrays accepted anywhere (reader, JSON): keeps recursion bounded. */
    int MAX_DEPTH = 64;

    GgufValueType type();

    /**
     * A number or bool. {@code bits} holds an integer's value (sign- or zero-extended per its type;
     * a UINT64 keeps its 64 bits, so values of 2^63 and more are negative longs), a FLOAT32's raw
     * int bits (zero-extended), a FLOAT64's raw long bits, or 0/1 for a BOOL.
     */
    record Scalar(GgufValueType type, long bits) implements GgufValue {
        public Scalar {
            Objects.requireNonNull(type, "type");
            long min;
            long max;
            switch (type) {
                case UINT8 -> { min = 0; max = 0xFF; }
                case INT8 -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
                case UINT16 -> { min = 0; max = 0xFFFF; }
                case INT16 -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
                case UINT32, FLOAT32 -> { min = 0; max = 0xFFFF_FFFFL; }
                case INT32 -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
                case BOOL -> { min = 0; max = 1; }
                case UINT64, INT64, FLOAT64 -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
                default -> throw new IllegalArgumentException(type + " is not a scalar type");
            }
            if (bits < min || bits > max) {
                throw new IllegalArgumentException(bits + " is out of range for " + type);
            }
        }

        @Override
        public String toString() {
            return type + " " + scalarText(this);
        }
    }

    /** A UTF-8 string. */
    record Text(String value) implements GgufValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public GgufValueType type() {
            return GgufValueType.STRING;
        }

        @Override
        public String toString() {
            return "STRING \"" + value + "\"";
        }
    }

    /** An array; every element has {@code elementType} (nested arrays may differ in their own element types). */
    record Array(GgufValueType elementType, List<GgufValue> elements) implements GgufValue {
        public Array {
            Objects.requireNonNull(elementType, "elementType");
            elements = List.copyOf(elements);
            for (GgufValue element : elements) {
                if (element.type() != elementType) {
                    throw new IllegalArgumentException("array of " + elementType + " holds a " + element.type());
                }
            }
        }

        @Override
        public GgufValueType type() {
            return GgufValueType.ARRAY;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("ARRAY<").append(elementType).append(">[");
            int shown = Math.min(elements.size(), 8);
            for (int i = 0; i < shown; i++) {
                GgufValue element = elements.get(i);
                text.append(i == 0 ? "" : ", ").append(switch (element) {
                    case Scalar scalar -> scalarText(scalar);
                    case Text string -> '"' + string.value() + '"';
                    case Array array -> array.toString();
                });
            }
            if (shown < elements.size()) {
                text.append(", ... (").append(elements.size()).append(" elements)");
            }
            return text.append(']').toString();
        }
    }

    static GgufValue uint8(int value) {
        return new Scalar(GgufValueType.UINT8, value);
    }

    static GgufValue int8(int value) {
        return new Scalar(GgufValueType.INT8, value);
    }

    static GgufValue uint16(int value) {
        return new Scalar(GgufValueType.UINT16, value);
    }

    static GgufValue int16(int value) {
        return new Scalar(GgufValueType.INT16, value);
    }

    static GgufValue uint32(long value) {
        return new Scalar(GgufValueType.UINT32, value);
    }

    static GgufValue int32(int value) {
        return new Scalar(GgufValueType.INT32, value);
    }

    /** A UINT64 from its 64 bits (values of 2^63 and more are passed as negative longs). */
    static GgufValue uint64(long bits) {
        return new Scalar(GgufValueType.UINT64, bits);
    }

    static GgufValue int64(long value) {
        return new Scalar(GgufValueType.INT64, value);
    }

    static GgufValue float32(float value) {
        return new Scalar(GgufValueType.FLOAT32, Float.floatToRawIntBits(value) & 0xFFFF_FFFFL);
    }

    static GgufValue float64(double value) {
        return new Scalar(GgufValueType.FLOAT64, Double.doubleToRawLongBits(value));
    }

    static GgufValue bool(boolean value) {
        return new Scalar(GgufValueType.BOOL, value ? 1 : 0);
    }

    static GgufValue string(String value) {
        return new Text(value);
    }

    static GgufValue array(GgufValueType elementType, List<? extends GgufValue> elements) {
        return new Array(elementType, List.copyOf(elements));
    }

    /** The value of an integer (a UINT64 as its 64 bits) or a bool as 0/1. */
    default long asLong() {
        if (this instanceof Scalar(GgufValueType type, long bits) && (type.isInteger() || type == GgufValueType.BOOL)) {
            return bits;
        }
        throw new IllegalStateException("not an integer: " + this);
    }

    /** The value of any number (a UINT64 read as unsigned). */
    default double asDouble() {
        if (this instanceof Scalar(GgufValueType type, long bits) && type != GgufValueType.BOOL) {
            return switch (type) {
                case FLOAT32 -> Float.intBitsToFloat((int) bits);
                case FLOAT64 -> Double.longBitsToDouble(bits);
                case UINT64 -> bits >= 0 ? bits : new BigInteger(Long.toUnsignedString(bits)).doubleValue();
                default -> bits;
            };
        }
        throw new IllegalStateException("not a number: " + this);
    }

    default boolean asBoolean() {
        if (this instanceof Scalar(GgufValueType type, long bits) && type == GgufValueType.BOOL) {
            return bits != 0;
        }
        throw new IllegalStateException("not a bool: " + this);
    }

    default String asString() {
        if (this instanceof Text(String value)) {
            return value;
        }
        throw new IllegalStateException("not a string: " + this);
    }

    default List<GgufValue> asList() {
        if (this instanceof Array(GgufValueType ignored, List<GgufValue> elements)) {
            return elements;
        }
        throw new IllegalStateException("not an array: " + this);
    }

    /**
     * This value as JSON-ready plain objects: {@code {"type":"uint32","value":7}},
     * {@code {"type":"array","element_type":"int32","value":[1,2,3]}} (elements of scalar and string
     * arrays are bare values, elements of nested arrays are again typed objects). A UINT64 of 2^63 or
     * more is a {@link BigInteger}; floats are {@link Float}/{@link Double} except NaN, infinities and
     * -0.0, which are strings ("NaN", "Infinity", "-Infinity", "-0.0", or "NaN(0x7fc00001)" for a NaN
     * with other bits) so that no JSON library loses them.
     */
    default Object toJsonValue() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type().jsonName());
        if (this instanceof Array(GgufValueType elementType, List<GgufValue> elements)) {
            json.put("element_type", elementType.jsonName());
            List<Object> values = new ArrayList<>(elements.size());
            for (GgufValue element : elements) {
                values.add(element instanceof Array ? element.toJsonValue() : GgufValueJson.bare(element));
            }
            json.put("value", values);
        } else {
            json.put("value", GgufValueJson.bare(this));
        }
        return json;
    }

    /**
     * The inverse of {@link #toJsonValue()}, also after a JSON round trip: numbers may come back as
     * Integer, Long, BigInteger, Double or BigDecimal.
     *
     * @throws IllegalArgumentException if the object is not a typed value as written by toJsonValue
     */
    static GgufValue fromJsonValue(Object json) {
        return GgufValueJson.typed(json, 0);
    }

    private static String scalarText(Scalar scalar) {
        return switch (scalar.type()) {
            case FLOAT32 -> Float.toString(Float.intBitsToFloat((int) scalar.bits()));
            case FLOAT64 -> Double.toString(Double.longBitsToDouble(scalar.bits()));
            case UINT64 -> Long.toUnsignedString(scalar.bits());
            case BOOL -> Boolean.toString(scalar.bits() != 0);
            default -> Long.toString(scalar.bits());
        };
    }
}

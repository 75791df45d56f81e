package io.neurograph.engine.capsule.gguf;

import io.neurograph.engine.capsule.gguf.GgufValue.Array;
import io.neurograph.engine.capsule.gguf.GgufValue.Scalar;
import io.neurograph.engine.capsule.gguf.GgufValue.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The conversions behind {@link GgufValue#toJsonValue()} and {@link GgufValue#fromJsonValue(Object)}. */
final class GgufValueJson {
    private static final long CANONICAL_NAN32 = Float.floatToRawIntBits(Float.NaN) & 0xFFFF_FFFFL;
    private static final long CANONICAL_NAN64 = Double.doubleToRawLongBits(Double.NaN);
    private static final String NAN_BITS_PREFIX = "NaN(0x";

    private GgufValueJson() {
    }

    static Object bare(GgufValue value) {
        return switch (value) {
            case Text(String text) -> text;
            case Array array -> throw new IllegalArgumentException("nested array needs a typed object");
            case Scalar(GgufValueType type, long bits) -> switch (type) {
                case BOOL -> bits != 0;
                case UINT64 -> bits >= 0 ? (Object) bits : new BigInteger(Long.toUnsignedString(bits));
                case FLOAT32 -> {
                    float f = Float.intBitsToFloat((int) bits);
                    yield isPlainNumber(f) ? (Object) f : specialFloat(f, bits, CANONICAL_NAN32, 8);
                }
                case FLOAT64 -> {
                    double d = Double.longBitsToDouble(bits);
                    yield isPlainNumber(d) ? (Object) d : specialFloat(d, bits, CANONICAL_NAN64, 16);
                }
                default -> bits;
            };
        };
    }

    private static boolean isPlainNumber(double d) {
        return Double.isFinite(d) && !(d == 0 && Math.copySign(1.0, d) < 0);
    }

    private static String specialFloat(double value, long bits, long canonicalNan, int hexDigits) {
        if (!Double.isNaN(value)) {
            return Double.toString(value);      // "Infinity", "-Infinity", "-0.0"
        }
        if (bits == canonicalNan) {
            return "NaN";
        }
        return NAN_BITS_PREFIX + HexFormat.of().toHexDigits(bits).substring(16 - hexDigits) + ")";
    }

    static GgufValue typed(Object json, int depth) {
        if (depth > GgufValue.MAX_DEPTH) {
            throw new IllegalArgumentException("GGUF arrays nested deeper than " + GgufValue.MAX_DEPTH);
        }
        if (!(json instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a GGUF value must be an object with \"type\" and \"value\", got " + json);
        }
        GgufValueType type = GgufValueType.ofJsonName(String.valueOf(map.get("type")));
        Object value = map.get("value");
        if (value == null) {
            throw new IllegalArgumentException("GGUF value of type " + type.jsonName() + " has no \"value\"");
        }
        if (type != GgufValueType.ARRAY) {
            return element(type, value, depth);
        }
        GgufValueType elementType = GgufValueType.ofJsonName(String.valueOf(map.get("element_type")));
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("GGUF array value must be a list, got " + value);
        }
        List<GgufValue> elements = new ArrayList<>(list.size());
        for (Object element : list) {
            elements.add(element(elementType, element, depth + 1));
        }
        return new Array(elementType, elements);
    }

    private static GgufValue element(GgufValueType type, Object value, int depth) {
        return switch (type) {
            case ARRAY -> typed(value, depth);
            case STRING -> new Text(cast(String.class, value, type));
            case BOOL -> GgufValue.bool(cast(Boolean.class, value, type));
            case FLOAT32 -> new Scalar(type, float32Bits(value));
            case FLOAT64 -> new Scalar(type, float64Bits(value));
            default -> new Scalar(type, toIntegerBits(type, cast(Number.class, value, type)));
        };
    }

    private static <T> T cast(Class<T> expected, Object value, GgufValueType type) {
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException("not a " + type.jsonName() + ": " + value);
        }
        return expected.cast(value);
    }

    private static long toIntegerBits(GgufValueType type, Number number) {
        BigInteger integer;
        try {
            integer = switch (number) {
                case Integer i -> BigInteger.valueOf(i);
                case Long l -> BigInteger.valueOf(l);
                case Short s -> BigInteger.valueOf(s);
                case Byte b -> BigInteger.valueOf(b);
                case BigInteger big -> big;
                default -> new BigDecimal(number.toString()).toBigIntegerExact();
            };
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("not an integer for " + type.jsonName() + ": " + number, e);
        }
        if (type == GgufValueType.UINT64) {
            if (integer.signum() < 0 || integer.bitLength() > 64) {
                throw new IllegalArgumentException(integer + " is out of range for uint64");
            }
            return integer.longValue();
        }
        if (integer.bitLength() > 63) {
            throw new IllegalArgumentException(integer + " is out of range for " + type.jsonName());
        }
        return integer.longValue();      // the Scalar constructor checks the type's range
    }

    /**
     * The bits of a float32 from JSON. toJsonValue writes a Float, which a JSON reader turns back into
     * the Double nearest Float.toString(f); of the floats around that Double, the one whose shortest
     * decimal maps to it is f, which avoids the double rounding of a plain cast. NaNs given by their
     * bits are kept as bits (converting through float may not keep a signalling NaN).
     */
    private static long float32Bits(Object value) {
        if (value instanceof String text && text.startsWith(NAN_BITS_PREFIX)) {
            return nanBits(text, 8);
        }
        return Float.floatToRawIntBits(toFloat(value)) & 0xFFFF_FFFFL;
    }

    private static float toFloat(Object value) {
        if (value instanceof String text) {
            return Float.parseFloat(text);
        }
        Number number = cast(Number.class, value, GgufValueType.FLOAT32);
        if (number instanceof Float f) {
            return f;
        }
        if (number instanceof BigDecimal || number instanceof BigInteger) {
            return Float.parseFloat(number.toString());
        }
        double d = number.doubleValue();
        float nearest = (float) d;
        for (float candidate : new float[] {nearest, Math.nextUp(nearest), Math.nextDown(nearest)}) {
            if (Double.parseDouble(Float.toString(candidate)) == d) {
                return candidate;
            }
        }
        return nearest;
    }

    private static long float64Bits(Object value) {
        if (value instanceof String text) {
            return text.startsWith(NAN_BITS_PREFIX)
                    ? nanBits(text, 16) : Double.doubleToRawLongBits(Double.parseDouble(text));
        }
        Number number = cast(Number.class, value, GgufValueType.FLOAT64);
        return Double.doubleToRawLongBits(number instanceof BigDecimal || number instanceof BigInteger
                ? Double.parseDouble(number.toString()) : number.doubleValue());
    }

    /** The bits in "NaN(0x7fc00001)"; they must be a NaN of that width. */
    private static long nanBits(String text, int hexDigits) {
        if (text.length() != NAN_BITS_PREFIX.length() + hexDigits + 1 || !text.endsWith(")")) {
            throw new IllegalArgumentException("malformed NaN bits: " + text);
        }
        long bits = HexFormat.fromHexDigitsToLong(text, NAN_BITS_PREFIX.length(), text.length() - 1);
        boolean nan = hexDigits == 8 ? Float.isNaN(Float.intBitsToFloat((int) bits)) : Double.isNaN(Double.longBitsToDouble(bits));
        if (!nan) {
            throw new IllegalArgumentException("not a NaN: " + text);
        }
        return bits;
    }
}

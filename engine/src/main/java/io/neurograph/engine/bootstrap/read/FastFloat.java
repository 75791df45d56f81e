package io.neurograph.engine.bootstrap.read;

import java.nio.charset.StandardCharsets;

/**
 * Parses a decimal number written as ASCII bytes into the nearest float, as {@link Float#parseFloat} would.
 * Accepted: {@code [+-] digits [. digits] [(e|E) [+-] digits]} with at least one mantissa digit; nothing else
 * ("nan", "inf", hex, a trailing 'f'), so that a word sitting where a number belongs is noticed.
 *
 * <p>Why it is exact: with at most 2^24 as the decimal significand and at most 10 as the power of ten, both are
 * floats exactly, and one IEEE float multiplication or division rounds the exact quotient once, correctly. Embedding
 * files almost always fit ("-0.038194", "1.2345e-05"); everything else goes to {@link Float#parseFloat}.
 *
 * <p>Why it is fast: the usual shape {@code -d.dddddd} is read eight bytes at a time (SWAR), which finds where the
 * digits end and converts them without a loop whose exit the processor would mispredict on every number, and the
 * caller gives the token's end, found separately, so that consecutive numbers are parsed independently.
 */
final class FastFloat {
    private static final long EXACT_SIGNIFICAND = 1L << 24;
    private static final float[] POWERS_OF_TEN = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
    private static final long[] LONG_POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};
    /** Up to 18 decimal digits fit in a long without overflow. */
    private static final int MAX_EXACT_DIGITS = 18;
    /** Exponents are clamped here: far beyond float range in both directions, yet no int overflow. */
    private static final int EXPONENT_CLAMP = 100_000;
    private static final long ZEROS = Swar.broadcast((byte) '0');

    private FastFloat() {
    }

    /**
     * The float written in {@code b[from, to)}, or NaN when those bytes are not a decimal number in the accepted
     * form. A number beyond the float range gives ±infinity, as with {@link Float#parseFloat}.
     */
    static float parse(byte[] b, int from, int to) {
        return parse(b, from, to, to);
    }

    /**
     * As {@link #parse(byte[], int, int)}, allowed to read (not use) bytes up to {@code readLimit}, which lets the
     * usual shape be read eight bytes at a time; {@code b[to]} must then be a byte that ends a number.
     */
    static float parse(byte[] b, int from, int to, int readLimit) {
        float simple = parseSimple(b, from, to, readLimit);
        return Float.isNaN(simple) ? parseGeneral(b, from, to) : simple;
    }

    /**
     * {@code [-] d{1,7} [. d{0,7}]} filling {@code b[from, to)}, with eight readable bytes at the integer and the
     * fraction digits; else NaN, and the general parser decides.
     */
    private static float parseSimple(byte[] b, int from, int to, int readLimit) {
        if (from == to) {
            return Float.NaN;
        }
        int negative = b[from] == '-' ? 1 : 0;
        int p = from + negative;
        if (p + Long.BYTES > readLimit) {
            return Float.NaN;
        }
        long significand = b[p] - '0';
        if (b[p + 1] != '.' || significand < 0 || significand > 9) {   // not the usual single integer digit
            long chunk = Swar.load(b, p) - ZEROS;
            int digits = leadingDigits(chunk);
            if (digits == 0 || digits == Long.BYTES) {
                return Float.NaN;
            }
            significand = digitsValue(chunk, digits);
            p += digits;
        } else {
            p++;
        }
        int exponent = 0;
        if (b[p] == '.') {
            p++;
            if (p + Long.BYTES > readLimit) {
                return Float.NaN;
            }
            long chunk = Swar.load(b, p) - ZEROS;
            int digits = leadingDigits(chunk);
            if (digits == Long.BYTES) {
                return Float.NaN;
            }
            significand = significand * LONG_POWERS_OF_TEN[digits] + (digits == 0 ? 0 : digitsValue(chunk, digits));
            exponent = -digits;
            p += digits;
        }
        return p == to ? fromDecimal(negative << 31, significand, exponent) : Float.NaN;
    }

    /**
     * How many of the eight bytes of {@code chunk} (each already minus '0', first character lowest) are digits
     * before the first that is not. A byte is a digit when it is below 10 before and after adding 0x76; borrows
     * and carries only travel to higher bytes, past the first non-digit, so the lowest flag is exact.
     */
    private static int leadingDigits(long chunk) {
        long nonDigits = (chunk | (chunk + 0x7676767676767676L)) & Swar.HIGHS;
        return Long.numberOfTrailingZeros(nonDigits) >>> 3;
    }

    /** The value of the first {@code count} (1 to 7) digit bytes of {@code chunk}, by three multiply-and-add steps. */
    private static long digitsValue(long chunk, int count) {
        long v = chunk << (Long.SIZE - Byte.SIZE * count);      // drops the bytes past the digits; zeros lead
        v = v * 10 + (v >>> 8);                                 // pairs of digits
        v = ((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
                + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
        return v & 0xFFFF_FFFFL;
    }

    /** Any accepted form, one byte at a time. */
    private static float parseGeneral(byte[] b, int from, int to) {
        int p = from;
        boolean negative = false;
        if (p < to && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        long significand = 0;   // wraps past 18 digits; then only the slow path uses the text
        int digitsStart = p;
        int d;
        for (; p < to && (d = b[p] - '0') >= 0 && d <= 9; p++) {
            significand = significand * 10 + d;
        }
        int digits = p - digitsStart;
        int exponent = 0;
        if (p < to && b[p] == '.') {
            int fractionStart = ++p;
            for (; p < to && (d = b[p] - '0') >= 0 && d <= 9; p++) {
                significand = significand * 10 + d;
            }
            exponent = fractionStart - p;
            digits -= exponent;
        }
        if (digits == 0) {
            return Float.NaN;
        }
        if (p < to && (b[p] == 'e' || b[p] == 'E')) {
            int q = p + 1;
            boolean negativeExponent = false;
            if (q < to && (b[q] == '-' || b[q] == '+')) {
                negativeExponent = b[q] == '-';
                q++;
            }
            int e = 0;
            int exponentStart = q;
            for (; q < to && (d = b[q] - '0') >= 0 && d <= 9; q++) {
                e = Math.min(e * 10 + d, EXPONENT_CLAMP);
            }
            if (q == exponentStart) {
                return Float.NaN;
            }
            exponent += negativeExponent ? -e : e;
            p = q;
        }
        if (p != to) {
            return Float.NaN;
        }
        return digits <= MAX_EXACT_DIGITS ? fromDecimal(negative ? Integer.MIN_VALUE : 0, significand, exponent)
                : Float.parseFloat(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /**
     * The nearest float to significand × 10^exponent with {@code signBit} (0 or 1 << 31) set on it: exactly by
     * float arithmetic when both parts fit in a float, else by the JDK.
     */
    private static float fromDecimal(int signBit, long significand, int exponent) {
        while (significand > EXACT_SIGNIFICAND && significand % 10 == 0) {   // "1.500000000": zeros that carry no value
            significand /= 10;
            exponent++;
        }
        float f;
        if (significand <= EXACT_SIGNIFICAND && exponent >= -10 && exponent <= 10) {
            f = exponent < 0 ? (float) significand / POWERS_OF_TEN[-exponent] : (float) significand * POWERS_OF_TEN[exponent];
        } else {
            f = Float.parseFloat(significand + "e" + exponent);
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) | signBit);     // no branch on the sign
    }
}

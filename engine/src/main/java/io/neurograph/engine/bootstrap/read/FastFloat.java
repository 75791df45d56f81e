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
 */
final class FastFloat {
    private static final long EXACT_SIGNIFICAND = 1L << 24;
    private static final float[] POWERS_OF_TEN = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
    /** Past this the significand is no longer accumulated; such numbers take the slow path anyway. */
    private static final long ACCUMULATE_LIMIT = 100_000_000_000_000_000L;
    /** Exponents are clamped here: far beyond float range in both directions, yet no int overflow. */
    private static final int EXPONENT_CLAMP = 100_000;

    private FastFloat() {
    }

    /**
     * The float written in {@code b[from, to)}, or NaN when those bytes are not a decimal number in the accepted
     * form. A number beyond the float range gives ±infinity, as with {@link Float#parseFloat}.
     */
    static float parse(byte[] b, int from, int to) {
        int p = from;
        boolean negative = false;
        if (p < to && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        long significand = 0;
        boolean overflow = false;
        boolean anyDigit = false;
        int exponent = 0;
        for (; p < to; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            anyDigit = true;
            if (significand < ACCUMULATE_LIMIT) {
                significand = significand * 10 + d;
            } else {
                overflow = true;
            }
        }
        if (p < to && b[p] == '.') {
            for (p++; p < to; p++) {
                int d = b[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                anyDigit = true;
                if (significand < ACCUMULATE_LIMIT) {
                    significand = significand * 10 + d;
                    exponent--;
                } else {
                    overflow = true;
                }
            }
        }
        if (!anyDigit) {
            return Float.NaN;
        }
        if (p < to && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            boolean negativeExponent = false;
            if (p < to && (b[p] == '-' || b[p] == '+')) {
                negativeExponent = b[p] == '-';
                p++;
            }
            if (p == to) {
                return Float.NaN;
            }
            int e = 0;
            for (; p < to; p++) {
                int d = b[p] - '0';
                if (d < 0 || d > 9) {
                    return Float.NaN;
                }
                e = Math.min(e * 10 + d, EXPONENT_CLAMP);
            }
            exponent += negativeExponent ? -e : e;
        }
        if (p != to) {
            return Float.NaN;
        }
        if (significand == 0 && !overflow) {
            return negative ? -0f : 0f;
        }
        if (!overflow) {
            // "1.500000" carries zeros that make the significand look bigger than it is
            while (significand > EXACT_SIGNIFICAND && significand % 10 == 0) {
                significand /= 10;
                exponent++;
            }
            if (significand <= EXACT_SIGNIFICAND && exponent >= -10 && exponent <= 10) {
                float f = (float) significand;
                f = exponent < 0 ? f / POWERS_OF_TEN[-exponent] : f * POWERS_OF_TEN[exponent];
                return negative ? -f : f;
            }
        }
        return Float.parseFloat(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }
}

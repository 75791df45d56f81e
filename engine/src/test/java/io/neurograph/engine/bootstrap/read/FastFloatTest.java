package io.neurograph.engine.bootstrap.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastFloatTest {
    private static float parse(String s) {
        byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.ISO_8859_1);
        return FastFloat.parse(b, 2, b.length - 2);
    }

    /** Parses {@code s} as it sits in a line, followed by a separator and more digits (the eight-byte reads see them). */
    private static float parseInLine(String s) {
        byte[] b = ("1 " + s + " 12345678 0.25").getBytes(StandardCharsets.ISO_8859_1);
        return FastFloat.parse(b, 2, 2 + s.length(), b.length);
    }

    private static void assertSameAsJdk(String s) {
        int expected = Float.floatToRawIntBits(Float.parseFloat(s));
        assertThat(Float.floatToRawIntBits(parse(s))).as(s).isEqualTo(expected);
        assertThat(Float.floatToRawIntBits(parseInLine(s))).as("in a line: " + s).isEqualTo(expected);
    }

    @Test
    void equalsFloatParseFloatBitForBitOnRandomNumbersInManyForms() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            float f = Float.intBitsToFloat(rnd.nextInt());
            if (!Float.isFinite(f)) {
                continue;
            }
            float g = (float) (rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-3, 3)));
            assertSameAsJdk(Float.toString(f));                                 // shortest form, "1.0E-5" style
            assertSameAsJdk(String.format(Locale.ROOT, "%.6f", g));              // GloVe style
            assertSameAsJdk(String.format(Locale.ROOT, "%.9g", g));
            assertSameAsJdk(String.format(Locale.ROOT, "%.4e", g));              // "1.2345e-05"
            assertSameAsJdk(Double.toString(rnd.nextDouble() * 1e12));         // 17 digits: the slow path
            assertSameAsJdk(randomDigits(rnd));
        }
    }

    /** Digit strings with random lengths, signs, points and exponents, including halfway cases near 2^24. */
    private static String randomDigits(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder();
        switch (rnd.nextInt(3)) {
            case 0 -> s.append('-');
            case 1 -> s.append('+');
            default -> { }
        }
        int digits = rnd.nextInt(1, 12);
        int point = rnd.nextInt(digits + 1);
        for (int d = 0; d < digits; d++) {
            if (d == point && d > 0) {
                s.append('.');
            }
            s.append((char) ('0' + rnd.nextInt(10)));
        }
        if (rnd.nextBoolean()) {
            s.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextInt(-50, 50));
        }
        return s.toString();
    }

    @Test
    void edgeCasesMatchTheJdk() {
        for (String s : new String[] {"0", "-0", "-0.000000", "+0.0", "1", "16777216", "16777217", "16777217.0",
                "33554431", "1.5000000000000000000000000", "0.00000000000000000000000000000000000000000000140129846",
                "3.4028235e38", "3.4028236e38", "1e-46", "1e-45", "123456789012345678901234567890", ".5", "5.", "1e0",
                "1E+10", "-1.17549435E-38", "9999999999e-10", "0.1", "1e10", "1e11", "1e-10", "1e-11", "1234567", "12345678",
                "-9999999.9999999", "0.0000000", "-0.", "7.1234567", "7.12345678", "00000001.5", "-0"}) {
            assertSameAsJdk(s);
        }
    }

    @Test
    void rejectsWhatIsNotADecimalNumber() {
        for (String s : new String[] {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1f", "1d", "0x1p3", "nan", "NaN",
                "inf", "-Infinity", "1,5", "1 2", "--1", "1e5.0", "abc"}) {
            assertThat(parse(s)).as(s).isNaN();
            assertThat(parseInLine(s)).as("in a line: " + s).isNaN();
        }
    }

    @Test
    void beyondTheFloatRangeIsInfinite() {
        assertThat(parse("1e39")).isInfinite();
        assertThat(parse("-1e999999999999")).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(parse("1e-999999999999")).isZero();
    }
}

package io.neurograph.engine.bootstrap.read;

import java.nio.charset.StandardCharsets;

/** Strict UTF-8 checks: {@code new String(bytes, UTF_8)} would silently turn bad bytes into U+FFFD. */
final class Utf8 {
    private Utf8() {
    }

    /** The index of the first byte of {@code b[from, to)} that starts no valid UTF-8 sequence, or -1 if all is valid. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                if (c == 0xE0) {
                    secondMin = 0xA0;   // overlong
                } else if (c == 0xED) {
                    secondMax = 0x9F;   // UTF-16 surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                if (c == 0xF0) {
                    secondMin = 0x90;   // overlong
                } else if (c == 0xF4) {
                    secondMax = 0x8F;   // above U+10FFFF
                }
            } else {
                return i;
            }
            if (i + length > to) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < secondMin || second > secondMax) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /** The word in {@code b[from, to)}, or null when it is not valid UTF-8 (see {@link #problem}). */
    static String decode(byte[] b, int from, int to) {
        return firstInvalid(b, from, to) < 0 ? new String(b, from, to - from, StandardCharsets.UTF_8) : null;
    }

    /** Why {@code b[from, to)} is not a UTF-8 word, for a message. */
    static String problem(byte[] b, int from, int to) {
        int bad = firstInvalid(b, from, to);
        return String.format("the word is not valid UTF-8 (byte 0x%02X at position %d of the word); the file must be"
                + " UTF-8, convert it first (e.g. iconv -f latin1 -t utf-8)", b[bad] & 0xFF, bad - from + 1);
    }
}

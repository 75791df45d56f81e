package io.neurograph.engine.bootstrap.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits one text line {@code word v1 … vD} (separated by spaces or tabs; a trailing '\r' is ignored) into the word
 * and D floats, straight from the bytes. A line whose column count is not D + 1 is malformed; this includes the few
 * lines of GloVe 840B whose word contains a space, which cannot be told apart from a line with a missing number.
 */
final class TextLineParser {
    enum Outcome { RECORD, BLANK, BAD }

    private static final long SPACES = Swar.broadcast((byte) ' ');
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)");
    private static final int SHOWN_TOKEN_CHARS = 40;

    private final int dimension;
    private String word;
    private String problem;

    TextLineParser(int dimension) {
        this.dimension = dimension;
    }

    /** The word of the last {@link Outcome#RECORD}. */
    String word() {
        return word;
    }

    /** What was wrong with the last {@link Outcome#BAD} line. */
    String problem() {
        return problem;
    }

    /** Parses {@code b[from, to)}, a line without its '\n'; on {@link Outcome#RECORD} the numbers are in {@code vector}. */
    Outcome parse(byte[] b, int from, int to, float[] vector) {
        int p = skipSeparators(b, from, to);
        if (p == to) {
            return Outcome.BLANK;
        }
        int wordStart = p;
        p = tokenEnd(b, p, to);
        int wordEnd = p;
        int n = 0;
        while (true) {
            p = skipSeparators(b, p, to);
            if (p == to) {
                break;
            }
            if (n == dimension) {
                return bad(countProblem(columns(b, from, to) - 1));
            }
            int end = likelyNumberEnd(b, p, to);
            float v = FastFloat.parse(b, p, end, to);
            if (!Float.isFinite(v)) {
                int exact = tokenEnd(b, p, to);     // the guess may have run over a tab or a '\r'
                if (exact == end || !Float.isFinite(v = FastFloat.parse(b, p, exact, to))) {
                    return bad(numberProblem(b, from, to, n + 1, p, exact));
                }
                end = exact;
            }
            vector[n++] = v;
            p = end;
        }
        if (n < dimension) {
            return bad(countProblem(n));
        }
        word = Utf8.decode(b, wordStart, wordEnd);
        return word == null ? bad(Utf8.problem(b, wordStart, wordEnd)) : Outcome.RECORD;
    }

    /** The number of separated columns in {@code b[from, to)}, the word included. */
    static int columns(byte[] b, int from, int to) {
        int count = 0;
        for (int p = skipSeparators(b, from, to); p < to; p = skipSeparators(b, tokenEnd(b, p, to), to)) {
            count++;
        }
        return count;
    }

    private Outcome bad(String why) {
        problem = why;
        return Outcome.BAD;
    }

    private String countProblem(int found) {
        return "expected " + dimension + " numbers after the word, found " + found;
    }

    private String numberProblem(byte[] b, int lineFrom, int lineTo, int index, int from, int to) {
        int numbers = columns(b, lineFrom, lineTo) - 1;
        if (numbers != dimension) {
            return countProblem(numbers);   // e.g. a word with a space in it: the count is the real problem
        }
        String token = new String(b, from, to - from, StandardCharsets.UTF_8);
        String shown = "'" + (token.length() > SHOWN_TOKEN_CHARS ? token.substring(0, SHOWN_TOKEN_CHARS) + "…" : token) + "'";
        if (Float.isInfinite(FastFloat.parse(b, from, to))) {
            return "number " + index + " " + shown + " is outside the float range";
        }
        if (NON_FINITE.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
            return "number " + index + " " + shown + " is not finite; vectors must not contain NaN or infinity";
        }
        return "number " + index + " " + shown + " is not a number";
    }

    private static boolean isSeparator(byte c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\r');   // one test for the usual non-separator byte
    }

    private static int skipSeparators(byte[] b, int p, int to) {
        while (p < to && isSeparator(b[p])) {
            p++;
        }
        return p;
    }

    /**
     * Where the number starting at {@code p} ends, assuming it is followed by a space: found eight bytes at a time,
     * so that finding the next number does not wait for this one to be parsed (the parse checks the guess). Numbers
     * of 2 to 9 characters, the usual ones, take one step and no branch that depends on their length.
     */
    private static int likelyNumberEnd(byte[] b, int p, int to) {
        if (p + 1 < to && b[p + 1] == ' ') {
            return p + 1;
        }
        for (int q = p + 2; q + Long.BYTES <= to; q += Long.BYTES) {
            int space = Swar.firstEqual(Swar.load(b, q), SPACES);
            if (space < Long.BYTES) {
                return q + space;
            }
        }
        return tokenEnd(b, p, to);
    }

    private static int tokenEnd(byte[] b, int p, int to) {
        while (p < to && !isSeparator(b[p])) {
            p++;
        }
        return p;
    }
}

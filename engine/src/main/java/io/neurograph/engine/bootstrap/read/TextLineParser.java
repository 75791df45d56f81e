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
            int end = tokenEnd(b, p, to);
            if (n == dimension) {
                return bad(countProblem(columns(b, from, to) - 1));
            }
            float v = FastFloat.parse(b, p, end);
            if (!Float.isFinite(v)) {
                return bad(numberProblem(b, from, to, n + 1, p, end, v));
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

    private String numberProblem(byte[] b, int lineFrom, int lineTo, int index, int from, int to, float parsed) {
        int numbers = columns(b, lineFrom, lineTo) - 1;
        if (numbers != dimension) {
            return countProblem(numbers);   // e.g. a word with a space in it: the count is the real problem
        }
        String token = new String(b, from, to - from, StandardCharsets.UTF_8);
        String shown = "'" + (token.length() > SHOWN_TOKEN_CHARS ? token.substring(0, SHOWN_TOKEN_CHARS) + "…" : token) + "'";
        if (Float.isInfinite(parsed)) {
            return "number " + index + " " + shown + " is outside the float range";
        }
        if (NON_FINITE.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
            return "number " + index + " " + shown + " is not finite; vectors must not contain NaN or infinity";
        }
        return "number " + index + " " + shown + " is not a number";
    }

    private static boolean isSeparator(byte c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static int skipSeparators(byte[] b, int p, int to) {
        while (p < to && isSeparator(b[p])) {
            p++;
        }
        return p;
    }

    private static int tokenEnd(byte[] b, int p, int to) {
        while (p < to && !isSeparator(b[p])) {
            p++;
        }
        return p;
    }
}

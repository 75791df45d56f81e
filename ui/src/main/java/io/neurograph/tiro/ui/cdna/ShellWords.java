package io.neurograph.tiro.ui.cdna;

import java.util.regex.Pattern;

/** Quotes a word for an echoed command line, the way the Terminal's POSIX-like splitter reads it back. */
final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ShellWords() {
    }

    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}

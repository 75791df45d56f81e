package io.neurograph.tiro.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a terminal line into words the way a POSIX shell does for plain use: blanks separate, single
 * quotes keep everything, double quotes keep blanks, a backslash escapes the next character.
 */
final class CommandLineWords {
    private CommandLineWords() {
    }

    /** @throws IllegalArgumentException naming the column of an unclosed quote */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        int quoteAt = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                quoteAt = i;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Unclosed " + quote + " opened at column " + (quoteAt + 1));
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}

package io.neurograph.tiro.ui.terminal;

/** One line of the terminal transcript; the kind decides its colour. */
public record TerminalLine(Kind kind, String text) {

    public enum Kind {
        /** A command the user typed, shown after the prompt. */
        COMMAND,
        /** The equivalent command of an action taken in another tab. */
        ECHO,
        OUT,
        ERR,
        /** Exit codes, completion lists and other remarks of the terminal itself. */
        NOTE
    }
}

package io.neurograph.tiro.ui.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines entered in the terminal, newest last, with a cursor for Up/Down. Kept in a text file in the data
 * folder so history survives restarts; a file that cannot be read or written only costs the history.
 */
final class CommandHistory {
    static final int KEPT = 500;

    private final Path file;
    private final List<String> lines = new ArrayList<>();
    private int cursor;

    /** @param file where the history is kept, or null to keep it in memory only */
    CommandHistory(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
            } catch (IOException e) {
                // unreadable history: start empty rather than refuse the terminal
            }
        }
        trim();
        cursor = lines.size();
    }

    /** Adds a line (not twice in a row) and returns the cursor to the end. */
    void add(String line) {
        if (lines.isEmpty() || !lines.getLast().equals(line)) {
            lines.add(line);
            trim();
            save();
        }
        cursor = lines.size();
    }

    /** The previous line, or null at the oldest. */
    String previous() {
        if (cursor == 0) {
            return null;
        }
        return lines.get(--cursor);
    }

    /** The next line; the empty string once past the newest. */
    String next() {
        if (cursor >= lines.size() - 1) {
            cursor = lines.size();
            return "";
        }
        return lines.get(++cursor);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    private void trim() {
        while (lines.size() > KEPT) {
            lines.removeFirst();
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, lines, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the session goes on without persistent history
        }
    }
}

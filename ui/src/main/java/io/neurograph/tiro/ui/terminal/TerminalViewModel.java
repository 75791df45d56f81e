package io.neurograph.tiro.ui.terminal;

import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.terminal.TerminalLine.Kind;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The terminal: an input line, a transcript, history and completion over the {@code tiro} command tree.
 * Commands run one at a time off the FX thread; actions of other tabs arrive through the journal as the
 * command that would have done the same.
 */
public final class TerminalViewModel {
    /** Transcript lines kept; older ones are dropped in blocks so the view rebuilds rarely. */
    static final int MAX_LINES = 5000;
    private static final int DROP_BLOCK = 1000;

    private final CommandConsole console;
    private final TaskExecutor executor;
    private final Messages messages;
    private final CommandHistory history;
    private final ObservableList<TerminalLine> transcript = FXCollections.observableArrayList();
    private final StringProperty input = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper inputReplaced = new ReadOnlyIntegerWrapper();

    /** @param historyFile where entered lines are kept across restarts, or null */
    public TerminalViewModel(CommandConsole console, TaskExecutor executor, Messages messages, CommandJournal journal,
                             Path historyFile) {
        this.console = console;
        this.executor = executor;
        this.messages = messages;
        this.history = new CommandHistory(historyFile);
        add(Kind.NOTE, messages.get("terminal.welcome"));
        journal.subscribe(line -> add(Kind.ECHO, "tiro " + line));
    }

    public ObservableList<TerminalLine> transcript() {
        return transcript;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Counts replacements of the whole input (history, completion), after which the caret belongs at the end. */
    public ReadOnlyIntegerProperty inputReplacedProperty() {
        return inputReplaced.getReadOnlyProperty();
    }

    /** Runs the input line; {@code clear} and {@code history} are handled here, everything else by the console. */
    public void submit() {
        String line = input.get().strip();
        if (line.isEmpty() || running.get()) {
            return;
        }
        input.set("");
        history.add(line);
        switch (line) {
            case "clear", "cls" -> transcript.clear();
            case "history" -> {
                add(Kind.COMMAND, line);
                history.lines().forEach(l -> add(Kind.OUT, l));
            }
            default -> run(line);
        }
    }

    public void historyPrevious() {
        String previous = history.previous();
        if (previous != null) {
            replaceInput(previous);
        }
    }

    public void historyNext() {
        replaceInput(history.next());
    }

    public void clear() {
        transcript.clear();
    }

    /** Completes the last word: one candidate replaces it, several are listed below, with their common prefix taken. */
    public void complete() {
        String line = input.get();
        executor.execute(() -> console.complete(line), candidates -> {
            if (!line.equals(input.get()) || candidates.isEmpty()) {
                return;
            }
            String head = line.substring(0, lastWordStart(line));
            if (candidates.size() == 1) {
                replaceInput(head + candidates.getFirst() + " ");
                return;
            }
            add(Kind.NOTE, String.join("  ", candidates));
            replaceInput(head + commonPrefix(candidates));
        }, e -> add(Kind.ERR, describe(e)));
    }

    private void replaceInput(String text) {
        input.set(text);
        inputReplaced.set(inputReplaced.get() + 1);
    }

    private void run(String line) {
        add(Kind.COMMAND, line);
        running.set(true);
        executor.execute(() -> console.run(line), outcome -> {
            lines(outcome.out()).forEach(l -> add(Kind.OUT, l));
            lines(outcome.err()).forEach(l -> add(Kind.ERR, l));
            if (!outcome.succeeded()) {
                add(Kind.NOTE, messages.format("terminal.exitCode", outcome.exitCode()));
            }
            running.set(false);
        }, e -> {
            add(Kind.ERR, describe(e));
            running.set(false);
        });
    }

    private void add(Kind kind, String text) {
        if (transcript.size() >= MAX_LINES) {
            transcript.remove(0, DROP_BLOCK);
        }
        transcript.add(new TerminalLine(kind, text));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : text.stripTrailing().lines().toList();
    }

    private static int lastWordStart(String line) {
        int i = line.length();
        while (i > 0 && !Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static String commonPrefix(List<String> words) {
        String prefix = words.getFirst();
        for (String w : words) {
            int n = 0;
            while (n < prefix.length() && n < w.length() && prefix.charAt(n) == w.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        return prefix;
    }

    private static String describe(Exception e) {
        return "tiro: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}

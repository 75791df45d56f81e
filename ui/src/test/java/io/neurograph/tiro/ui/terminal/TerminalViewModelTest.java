package io.neurograph.tiro.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.terminal.TerminalLine.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalViewModelTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final CommandJournal journal = new CommandJournal();

    @TempDir
    Path dir;

    /** A console that answers "status" and fails everything else, and completes from a fixed word list. */
    private static final CommandConsole CONSOLE = new CommandConsole() {
        @Override
        public CommandOutcome run(String line) {
            return line.equals("status") ? new CommandOutcome(0, "Engine: RUNNING\nTokens: 3\n", "")
                    : new CommandOutcome(2, "", "Unmatched argument: " + line + "\n");
        }

        @Override
        public List<String> complete(String line) {
            String last = line.substring(line.lastIndexOf(' ') + 1);
            return List.of("cdna", "connection", "convert").stream().filter(w -> w.startsWith(last)).toList();
        }
    };

    private TerminalViewModel model(Path history) {
        return new TerminalViewModel(CONSOLE, new CurrentThreadTaskExecutor(), messages, journal, history);
    }

    @Test
    void runsACommandAndShowsItsOutputAndFailures() {
        TerminalViewModel model = model(null);
        model.inputProperty().set("status");
        model.submit();
        model.inputProperty().set("bogus");
        model.submit();
        assertThat(model.transcript()).contains(new TerminalLine(Kind.COMMAND, "status"),
                new TerminalLine(Kind.OUT, "Engine: RUNNING"), new TerminalLine(Kind.OUT, "Tokens: 3"),
                new TerminalLine(Kind.ERR, "Unmatched argument: bogus"), new TerminalLine(Kind.NOTE, "exit code 2"));
        assertThat(model.inputProperty().get()).isEmpty();
    }

    @Test
    void echoesActionsOfOtherTabsAsCommands() {
        journal.echo("cdna profile explorer");
        TerminalViewModel model = model(null);
        journal.echo("connection activate 7");
        assertThat(model.transcript()).contains(new TerminalLine(Kind.ECHO, "tiro cdna profile explorer"),
                new TerminalLine(Kind.ECHO, "tiro connection activate 7"));
    }

    @Test
    void historyWalksBackAndForthAndSurvivesARestart() {
        Path file = dir.resolve("terminal-history.txt");
        TerminalViewModel model = model(file);
        for (String line : List.of("status", "token get 1", "status")) {
            model.inputProperty().set(line);
            model.submit();
        }
        TerminalViewModel next = model(file);
        next.historyPrevious();
        assertThat(next.inputProperty().get()).isEqualTo("status");
        next.historyPrevious();
        assertThat(next.inputProperty().get()).isEqualTo("token get 1");
        next.historyNext();
        assertThat(next.inputProperty().get()).isEqualTo("status");
        next.historyNext();
        assertThat(next.inputProperty().get()).isEmpty();
    }

    @Test
    void completesOneCandidateAndListsSeveral() {
        TerminalViewModel model = model(null);
        model.inputProperty().set("cd");
        model.complete();
        assertThat(model.inputProperty().get()).isEqualTo("cdna ");

        model.inputProperty().set("help co");
        model.complete();
        assertThat(model.inputProperty().get()).isEqualTo("help con");
        assertThat(model.transcript().getLast()).isEqualTo(new TerminalLine(Kind.NOTE, "connection  convert"));
    }

    @Test
    void clearEmptiesTheTranscriptAndOldLinesAreDroppedInBlocks() {
        TerminalViewModel model = model(null);
        for (int i = 0; i < TerminalViewModel.MAX_LINES; i++) {
            journal.echo("token get " + i);
        }
        assertThat(model.transcript()).hasSizeLessThanOrEqualTo(TerminalViewModel.MAX_LINES);
        model.inputProperty().set("clear");
        model.submit();
        assertThat(model.transcript()).isEmpty();
    }
}

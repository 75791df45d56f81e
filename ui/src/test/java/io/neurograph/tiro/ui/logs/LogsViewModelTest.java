package io.neurograph.tiro.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogsViewModelTest {
    private final LogsViewModel model = new LogsViewModel();

    @Test
    void keepsTheLastTenThousandEntries() {
        List<LogEntry> batch = new ArrayList<>();
        for (int i = 0; i < LogsViewModel.KEPT + 5; i++) {
            batch.add(entry(LogLevel.INFO, "line " + i));
        }
        model.append(batch.subList(0, 7));
        model.append(batch.subList(7, batch.size()));
        assertThat(model.keptCount()).isEqualTo(LogsViewModel.KEPT);
        assertThat(model.visible()).hasSize(LogsViewModel.KEPT);
        assertThat(model.visible().getFirst().message()).isEqualTo("line 5");
    }

    @Test
    void inboxDeliversABurstAsOneBatch() {
        List<Runnable> scheduled = new ArrayList<>();
        List<List<LogEntry>> delivered = new ArrayList<>();
        LogInbox inbox = new LogInbox(scheduled::add, delivered::add, 3);
        for (int i = 0; i < 5; i++) {
            inbox.add(entry(LogLevel.INFO, "line " + i));
        }
        assertThat(scheduled).hasSize(1);
        scheduled.getFirst().run();
        assertThat(delivered).singleElement().satisfies(b -> assertThat(b).extracting(LogEntry::message)
                .containsExactly("line 2", "line 3", "line 4"));
    }

    @Test
    void copiesEntriesAsLines() {
        LogEntry e = entry(LogLevel.WARNING, "careful");
        assertThat(model.text(List.of(e))).endsWith("WARNING test — careful\n");
    }

    private static LogEntry entry(LogLevel level, String message) {
        return new LogEntry(Instant.EPOCH, level, "test", message);
    }
}

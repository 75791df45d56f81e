package io.neurograph.tiro.ui.logs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The last {@value #KEPT} log entries, filtered by level and text. Pausing freezes what is shown while the
 * buffer keeps filling; resuming shows everything kept. Used on the FX thread; entries arrive in batches.
 */
public final class LogsViewModel {
    public static final int KEPT = 10_000;

    private final Deque<LogEntry> kept = new ArrayDeque<>(KEPT);
    private final ObservableList<LogEntry> shown = FXCollections.observableArrayList();
    private final FilteredList<LogEntry> visible = new FilteredList<>(shown);
    private final ObjectProperty<LogLevel> level = new SimpleObjectProperty<>(LogLevel.INFO);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper heldBack = new ReadOnlyIntegerWrapper();

    public LogsViewModel() {
        level.addListener((o, old, l) -> refilter());
        search.addListener((o, old, s) -> refilter());
        paused.addListener((o, was, now) -> {
            if (!now) {
                shown.setAll(kept);
                heldBack.set(0);
            }
        });
        refilter();
    }

    public void append(List<LogEntry> batch) {
        for (LogEntry e : batch) {
            if (kept.size() == KEPT) {
                kept.removeFirst();
            }
            kept.addLast(e);
        }
        if (paused.get()) {
            heldBack.set(Math.min(KEPT, heldBack.get() + batch.size()));
            return;
        }
        List<LogEntry> tail = batch.size() > KEPT ? batch.subList(batch.size() - KEPT, batch.size()) : batch;
        int excess = shown.size() + tail.size() - KEPT;
        if (excess > 0) {
            shown.remove(0, excess);
        }
        shown.addAll(tail);
    }

    private void refilter() {
        LogLevel threshold = level.get();
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(e -> e.level().atLeast(threshold) && (needle.isEmpty()
                || e.message().toLowerCase(Locale.ROOT).contains(needle)
                || e.source().toLowerCase(Locale.ROOT).contains(needle)));
    }

    /** The entries as lines of text, for the clipboard. */
    public String text(List<LogEntry> entries) {
        return entries.stream().map(LogEntry::line).collect(Collectors.joining("\n", "", "\n"));
    }

    /** What passes the filter, oldest first (frozen while paused). */
    public ObservableList<LogEntry> visible() {
        return visible;
    }

    public int keptCount() {
        return kept.size();
    }

    public ObjectProperty<LogLevel> levelProperty() {
        return level;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Entries that arrived while paused, shown on resume. */
    public ReadOnlyIntegerProperty heldBackProperty() {
        return heldBack.getReadOnlyProperty();
    }
}

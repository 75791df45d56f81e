package io.neurograph.tiro.ui.logs;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The Logs tab. Two sources feed it from the moment the window opens: a handler on the JUL root logger and
 * a push subscription to every engine event; both deliver batches on the FX thread (one {@code runLater}
 * per batch).
 */
public final class LogsFeature implements Feature {
    private final LogsView view;
    private final LogCapture capture;
    private final Subscription events;

    private LogsFeature(LogsView view, LogCapture capture, Subscription events) {
        this.view = view;
        this.capture = capture;
        this.events = events;
    }

    public static LogsFeature create(FeatureContext context) {
        LogsViewModel model = new LogsViewModel();
        LogCapture capture = LogCapture.install(new LogInbox(Platform::runLater, model::append, LogsViewModel.KEPT));
        Subscription events = context.engine().events().subscribe(Set.of(EngineEvent.class), LogsViewModel.KEPT,
                Platform::runLater, batch -> {
                    List<LogEntry> lines = new ArrayList<>(batch.size());
                    batch.forEach(e -> lines.add(EventLines.of(e, context.messages())));
                    model.append(lines);
                });
        return new LogsFeature(new LogsView(model, context.messages()), capture, events);
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void close() {
        capture.close();
        events.close();
    }
}

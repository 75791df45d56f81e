package io.neurograph.tiro.ui.logs;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.Messages;
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
    private final LogsViewModel model;
    private final Messages messages;
    private final LogCapture capture;
    private final Subscription events;
    private LogsView view;

    private LogsFeature(LogsViewModel model, Messages messages, LogCapture capture, Subscription events) {
        this.model = model;
        this.messages = messages;
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
        return new LogsFeature(model, context.messages(), capture, events);
    }

    /** Built when first shown; the capture runs from creation. */
    @Override
    public Node node() {
        if (view == null) {
            view = new LogsView(model, messages);
        }
        return view;
    }

    @Override
    public void close() {
        capture.close();
        events.close();
        if (view != null) {
            view.close();
        }
    }
}

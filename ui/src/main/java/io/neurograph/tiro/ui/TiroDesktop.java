package io.neurograph.tiro.ui;

import io.neurograph.tiro.ui.shell.StartingWindow;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.shell.UiStateStore;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.UncaughtErrors;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Entry point of the desktop ui. Not an {@code Application} itself: a class-path launch whose main class
 * extends {@code Application} is refused by the JavaFX launcher, so the toolkit is started explicitly.
 */
public final class TiroDesktop {
    private TiroDesktop() {
    }

    /** What the window needs before the engine is open: where its state lives and the start-up language. */
    public record Start(Path stateFile, Locale locale) {
    }

    /** Called on the FX thread: when the first window is on screen, and when the main window replaced it. */
    public interface Milestones {
        void windowShown(Stage stage);

        void mainWindowShown(Stage stage);
    }

    /**
     * Starts JavaFX and shows the window at once while {@code context} (the engine opening its data folder) is
     * still being prepared, then turns it into the main window; blocks until the user has closed it, after which
     * JavaFX exits by itself. Call at most once per JVM.
     *
     * @return false if {@code context} failed (the window said why before it was closed)
     */
    public static boolean launch(Start start, CompletableFuture<UiContext> context, Milestones milestones)
            throws InterruptedException {
        UncaughtErrors.install();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean opened = new AtomicBoolean();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            UiStateStore store = new UiStateStore(start.stateFile());
            Messages messages = new Messages(store.load().language().orElse(start.locale()));
            StartingWindow starting = StartingWindow.show(stage, store, messages,
                    ThemeChoice.parse(System.getProperty("tiro.theme")));
            milestones.windowShown(stage);
            context.whenComplete((ready, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    starting.failed(failure instanceof CompletionException c
                            && c.getCause() != null ? c.getCause() : failure);
                    return;
                }
                starting.done();
                new TiroApplication(ready).start(stage);
                opened.set(true);
                milestones.mainWindowShown(stage);
            }));
        });
        closed.await();
        return opened.get();
    }
}

package io.neurograph.tiro.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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

    /**
     * Starts JavaFX, shows the main window and blocks until the user has closed it; JavaFX then exits by itself.
     * Call at most once per JVM.
     *
     * @throws IllegalStateException if the window could not be built
     */
    public static void launch(UiContext context) throws InterruptedException {
        launch(context, stage -> { });
    }

    /** As {@link #launch(UiContext)}, calling {@code whenShown} on the FX thread once the window is on screen. */
    public static void launch(UiContext context, Consumer<Stage> whenShown) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> whenShown.accept(stage));
            try {
                new TiroApplication(context).start(stage);
            } catch (RuntimeException e) {
                failure.set(e);
                closed.countDown();
                Platform.exit();
            }
        });
        closed.await();
        if (failure.get() != null) {
            throw new IllegalStateException("The desktop window could not be started", failure.get());
        }
    }
}

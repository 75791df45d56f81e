package io.neurograph.tiro.ui;

import io.neurograph.tiro.ui.concurrent.FxTaskExecutor;
import io.neurograph.tiro.ui.shell.MainWindow;
import io.neurograph.tiro.ui.shell.UiStateStore;
import io.neurograph.tiro.ui.support.Messages;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. It is constructed with its context rather than by {@code Application.launch},
 * so it is started by {@link TiroDesktop} or by a test harness such as TestFX.
 */
public final class TiroApplication extends Application {
    private final UiContext context;

    public TiroApplication(UiContext context) {
        this.context = context;
    }

    @Override
    public void start(Stage stage) {
        new MainWindow(context, new FxTaskExecutor(), new Messages(context.locale()),
                new UiStateStore(context.stateFile())).show(stage);
    }
}

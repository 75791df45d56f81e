package io.neurograph.tiro.ui;

import io.neurograph.tiro.ui.concurrent.FxTaskExecutor;
import io.neurograph.tiro.ui.shell.MainWindow;
import io.neurograph.tiro.ui.shell.UiStateStore;
import io.neurograph.tiro.ui.support.Messages;
import java.util.Locale;
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

    /** The language chosen in Settings wins over the locale the app was started with. */
    @Override
    public void start(Stage stage) {
        UiStateStore store = new UiStateStore(context.stateFile());
        Locale locale = store.load().language().orElse(context.locale());
        new MainWindow(context, new FxTaskExecutor(), new Messages(locale), store).show(stage);
    }
}

package io.neurograph.tiro.ui.shell;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Subscription;

/**
 * What the main window shows while the engine opens its data folder (seconds for a large graph): the window
 * appears at once, in its remembered place and theme, and becomes the main window when the engine is ready.
 */
public final class StartingWindow {
    private final Stage stage;
    private final Messages messages;
    private final Label text = new Label();
    private final ProgressIndicator progress = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final Button quit = new Button();
    private final Subscription theme;

    private StartingWindow(Stage stage, Messages messages, Subscription theme) {
        this.stage = stage;
        this.messages = messages;
        this.theme = theme;
    }

    /** Shows the window on {@code stage} with the theme and bounds remembered in {@code store}. */
    public static StartingWindow show(Stage stage, UiStateStore store, Messages messages,
                                      Optional<ThemeChoice> themeOverride) {
        UiState state = store.load();
        StartingWindow window = new StartingWindow(stage, messages,
                ThemeApplier.follow(new SimpleObjectProperty<>(themeOverride.orElse(state.theme()))));
        window.text.setText(messages.get("start.opening"));
        window.text.getStyleClass().add(Styles.TEXT_MUTED);
        window.text.setWrapText(true);
        window.quit.setText(messages.get("start.quit"));
        window.quit.setVisible(false);
        window.quit.setOnAction(e -> stage.close());
        VBox box = new VBox(16, window.progress, window.text, window.quit);
        box.setId("starting-window");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        VBox root = new VBox(box);
        root.setAlignment(Pos.CENTER);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(root));
        WindowPlacement.restore(stage, state);
        stage.show();
        return window;
    }

    /** Hands the stage over to the main window, which installs its own scene and theme. */
    public void done() {
        theme.unsubscribe();
    }

    /** The engine could not open: say why and offer to quit (closing the window ends the app). */
    public void failed(Throwable cause) {
        progress.setVisible(false);
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        text.setText(messages.format("start.failed", reason));
        text.getStyleClass().add(Styles.DANGER);
        quit.setVisible(true);
        quit.requestFocus();
    }
}

package io.neurograph.tiro.ui.shell;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Pulses;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import javafx.util.Subscription;

/**
 * What the main window shows while the engine opens its data folder (seconds for a large graph): the window
 * appears at once, in its remembered place and theme, and becomes the main window when the engine is ready.
 * Its first frame holds no control: the first controls of a run (skins, behaviours, their styling) held that frame
 * back by about 0.4 s on the benchmark machine (docs/benchmarks.md, "Start-up"), so the message is a {@link Text}
 * and the spinner joins it right after that frame, in a slot kept for it.
 */
public final class StartingWindow {
    private static final double WIDTH = 560;
    private static final double SPINNER_SIZE = 48;

    private final Stage stage;
    private final Messages messages;
    private final Text text = new Text();
    private final StackPane spinnerSlot = new StackPane();
    private final VBox box = new VBox(16, spinnerSlot, text);
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
        window.text.setId("starting-message");
        window.text.setText(messages.get("start.opening"));
        window.text.getStyleClass().addAll(Styles.TEXT, Styles.TEXT_MUTED);
        window.text.setWrappingWidth(WIDTH);
        window.text.setTextAlignment(TextAlignment.CENTER);
        window.spinnerSlot.setMinSize(SPINNER_SIZE, SPINNER_SIZE);
        window.spinnerSlot.setMaxSize(SPINNER_SIZE, SPINNER_SIZE);
        window.box.setId("starting-window");
        window.box.setAlignment(Pos.CENTER);
        window.box.setMaxWidth(WIDTH);
        VBox root = new VBox(window.box);
        root.setAlignment(Pos.CENTER);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(root));
        WindowPlacement.restore(stage, state);
        // after the pulse of the first frame, not inside it, so that frame goes out without the control
        Pulses.afterNextLayout(stage.getScene(), () -> Platform.runLater(() -> window.spinnerSlot.getChildren()
                .add(new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS))));
        stage.show();
        return window;
    }

    /** Hands the stage over to the main window, which installs its own scene and theme. */
    public void done() {
        theme.unsubscribe();
    }

    /** The engine could not open: say why and offer to quit (closing the window ends the app). */
    public void failed(Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        text.setText(messages.format("start.failed", reason));
        text.getStyleClass().setAll(Styles.TEXT, Styles.DANGER);
        Button quit = new Button(messages.get("start.quit"));
        quit.setOnAction(e -> stage.close());
        box.getChildren().setAll(text, quit); // a spinner still to come goes into the slot, out of the window
        quit.requestFocus();
    }
}

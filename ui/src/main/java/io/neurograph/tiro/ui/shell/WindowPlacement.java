package io.neurograph.tiro.ui.shell;

import java.util.Optional;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores and captures the main window's placement. */
final class WindowPlacement {
    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 760;
    private static final double MIN_WIDTH = 760;
    private static final double MIN_HEIGHT = 480;

    private WindowPlacement() {
    }

    /** Saved bounds that no longer fit any screen (a monitor was unplugged) fall back to a centred default. */
    static void restore(Stage stage, UiState state) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        state.bounds().filter(WindowPlacement::onSomeScreen).ifPresentOrElse(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
        }, () -> {
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
            stage.centerOnScreen();
        });
        stage.setMaximized(state.maximized());
    }

    /** A maximized stage reports the screen's bounds, so the bounds it was restored with are kept instead. */
    static Optional<WindowBounds> normalBounds(Stage stage, UiState restored) {
        if (stage.isMaximized()) {
            return restored.bounds();
        }
        return Optional.of(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    private static boolean onSomeScreen(WindowBounds b) {
        return Double.isFinite(b.x() + b.y() + b.width() + b.height())
                && b.width() >= MIN_WIDTH && b.height() >= MIN_HEIGHT
                && !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty();
    }
}

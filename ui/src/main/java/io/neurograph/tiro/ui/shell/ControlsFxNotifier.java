package io.neurograph.tiro.ui.shell;

import io.neurograph.tiro.ui.support.Notifier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Notifications in the bottom-right corner of the main window, errors kept on screen longer. */
final class ControlsFxNotifier implements Notifier {
    /** Lets tiro.css restyle the pop-up with the theme's colours (ControlsFX's own sheet expects Modena's). */
    static final String STYLE = "tiro-notification";

    private final Window owner;

    ControlsFxNotifier(Window owner) {
        this.owner = owner;
    }

    @Override
    public void info(String title, String text) {
        create(title, text, Duration.seconds(5)).showInformation();
    }

    @Override
    public void error(String title, String text) {
        create(title, text, Duration.seconds(12)).showError();
    }

    private Notifications create(String title, String text, Duration shown) {
        return Notifications.create().owner(owner).title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(shown).styleClass(STYLE);
    }
}

package io.neurograph.tiro.ui.shell;

import io.neurograph.tiro.ui.support.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The first-start question: load the built-in vocabulary now (about a minute, offline) or start empty. */
final class FirstStartDialog {
    private FirstStartDialog() {
    }

    /** @return true if the user chose to load the vocabulary */
    static boolean ask(Window owner, Messages messages) {
        ButtonType load = new ButtonType(messages.get("firstStart.load"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("firstStart.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("firstStart.text"), load, later);
        alert.initOwner(owner);
        alert.setTitle(messages.get("firstStart.title"));
        alert.setHeaderText(messages.get("firstStart.header"));
        alert.getDialogPane().setId("first-start-dialog");
        return alert.showAndWait().filter(load::equals).isPresent();
    }
}

package io.neurograph.tiro.ui.shell;

import io.neurograph.tiro.ui.support.Messages;
import java.util.Objects;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help → About. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, Messages messages) {
        // the shaded jar's manifest carries the version; an IDE run has none
        String version = Objects.requireNonNullElse(AboutDialog.class.getPackage().getImplementationVersion(), "dev");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("app.title"));
        alert.setContentText(messages.format("about.text", version));
        alert.showAndWait();
    }
}

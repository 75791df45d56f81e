package io.neurograph.tiro.ui.support;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * How a file chooser is shown: {@link #PLATFORM}, the platform's dialog, in the app. Robot tests answer it
 * themselves, because headless Monocle has no native dialog.
 */
@FunctionalInterface
public interface OpenDialog {
    OpenDialog PLATFORM = FileChooser::showOpenDialog;

    /** The file chosen, or null when the dialog was cancelled. */
    File open(FileChooser chooser, Window owner);
}

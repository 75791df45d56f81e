package io.neurograph.tiro.ui.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The file manager of a robot test: a tile the robot drags files from with a real JavaFX drag gesture. Pressing
 * on it and moving makes the scene fire DRAG_DETECTED, whose handler starts the drag with a Dragboard holding
 * the files; from then on Monocle turns the robot's moves and release into the drop targets' DRAG_ENTERED,
 * DRAG_OVER, DRAG_DROPPED and DRAG_EXITED. Like a file manager it offers copy, move and link, leaving the choice
 * to the target.
 *
 * <p>It must be in the window of the drop target: headless Monocle sends a pressed button's events to the window
 * where it was pressed (its {@code MouseInput} looks up the window under the pointer only while no button is
 * down), so a drag started in a second stage never reaches another window. {@link #besideRoot} puts it there.
 */
public final class FileDragSource extends Label {
    private volatile List<File> files = List.of();

    private FileDragSource() {
        super("files");
        setId("file-drag-source");
        setMinSize(80, 80);
        setOnDragDetected(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(files);
            startDragAndDrop(TransferMode.ANY).setContent(content);
            e.consume();
        });
    }

    /** Puts a new tile at the left of {@code scene}'s root, which keeps the rest of the width. FX thread. */
    public static FileDragSource besideRoot(Scene scene) {
        FileDragSource source = new FileDragSource();
        Parent view = scene.getRoot();
        scene.setRoot(new HBox(source, view));
        HBox.setHgrow(view, Priority.ALWAYS);
        return source;
    }

    /** The files (or folders) the next drag from this tile carries. */
    public void carry(Path... paths) {
        files = Arrays.stream(paths).map(Path::toFile).toList();
    }
}

package io.neurograph.tiro.ui.support;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/** Questions about nodes that JavaFX answers only internally. */
public final class Nodes {
    private Nodes() {
    }

    /**
     * True when {@code node} is on screen as far as the scene graph says: in a scene and it and every parent
     * visible (a tab pane hides the content of the tabs not selected).
     */
    public static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * Gives {@code node} the keyboard focus once the events in hand are done (a tab switch focuses the tab header
     * after its listeners ran) and, if it is not in a scene yet (a split pane adds its items when its skin is
     * built, at the next pulse), once it is. The caret goes to the end rather than the text being selected, so
     * typing on adds to what was there.
     */
    public static void focusSoon(TextInputControl node) {
        if (node.getScene() != null) {
            Platform.runLater(() -> focus(node));
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(() -> focus(node));
                }
            }
        });
    }

    private static void focus(TextInputControl input) {
        input.requestFocus();
        input.end();
    }
}

package io.neurograph.tiro.ui.support;

import javafx.scene.Node;

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
}

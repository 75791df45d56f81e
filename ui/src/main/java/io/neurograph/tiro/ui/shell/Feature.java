package io.neurograph.tiro.ui.shell;

import javafx.scene.Node;

/** One tab's content and the lifetime of what it started (timers, subscriptions), ended when the window closes. */
public interface Feature {
    Node node();

    /** Called on the FX thread each time the tab is selected; a tab with one input puts the keyboard focus there. */
    default void shown() {
    }

    /** Stops timers and subscriptions; called once, on the FX thread, when the main window is hidden. */
    default void close() {
    }

    static Feature of(Node node) {
        return () -> node;
    }
}

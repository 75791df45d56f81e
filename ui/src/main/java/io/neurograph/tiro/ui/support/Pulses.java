package io.neurograph.tiro.ui.support;

import javafx.scene.Scene;

/** Hooks on the JavaFX pulse, the step that lays a scene out and hands its next frame to the renderer. */
public final class Pulses {
    private Pulses() {
    }

    /** Runs {@code action} once, on the FX thread, when the next pulse has laid {@code scene} out. */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}

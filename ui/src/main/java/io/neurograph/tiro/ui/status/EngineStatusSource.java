package io.neurograph.tiro.ui.status;

/**
 * What the status bar shows, sampled once a second off the FX thread. The app implements it over the engine;
 * an implementation must be safe to call from any thread and should return quickly.
 */
@FunctionalInterface
public interface EngineStatusSource {
    StatusSnapshot snapshot();
}

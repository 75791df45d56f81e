package io.neurograph.tiro.ui.status;

/**
 * What the status bar shows. The app implements it over the engine. It is called about once a second on a
 * background thread, never twice at the same time, and should return quickly; a slow call makes the bar
 * skip ticks rather than queue them.
 */
@FunctionalInterface
public interface EngineStatusSource {
    StatusSnapshot snapshot();
}

package io.neurograph.engine;

/** Lifecycle of an {@link Engine}. */
public enum EngineState {
    RUNNING, CLOSED
}

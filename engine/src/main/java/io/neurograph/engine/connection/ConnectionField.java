package io.neurograph.engine.connection;

/** Connection fields a Modify proposal may change. */
public enum ConnectionField {
    CONFIDENCE, PULL_STRENGTH, PREFERRED_DISTANCE, LEARNING_RATE, DECAY_RATE
}

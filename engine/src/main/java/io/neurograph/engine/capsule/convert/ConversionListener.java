package io.neurograph.engine.capsule.convert;

/**
 * Follows a conversion: {@code progress} reports a stage ("hash": source bytes hashed, "weights": tensor
 * bytes written, "mini": mini file written) with done/total in bytes; {@code cancelled} is polled between
 * steps, and true stops the conversion (as does interrupting the converting thread).
 */
public interface ConversionListener {
    ConversionListener NONE = (stage, done, total) -> {
    };

    void progress(String stage, long done, long total);

    default boolean cancelled() {
        return false;
    }
}

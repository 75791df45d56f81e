package io.neurograph.engine.capsule.convert;

/**
 * Follows a conversion: {@code progress} reports a stage with done/total: "hash" (source bytes hashed),
 * "shapes" (0/1, 1/1 around the shape probe), "weights" (tensor bytes written), "mini" (0/1, 1/1).
 * {@code cancelled} is polled between steps; true stops the conversion, as does interrupting the thread.
 */
public interface ConversionListener {
    ConversionListener NONE = (stage, done, total) -> {
    };

    void progress(String stage, long done, long total);

    default boolean cancelled() {
        return false;
    }
}

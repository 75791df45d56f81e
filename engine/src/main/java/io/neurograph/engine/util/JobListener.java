package io.neurograph.engine.util;

/** Progress + cooperative cancel for long engine work; polled between units of work. */
public interface JobListener {
    JobListener NONE = (stage, done, total) -> {};

    void progress(String stage, long done, long total);   // total = -1 when unknown

    default boolean cancelled() {
        return false;
    }
}

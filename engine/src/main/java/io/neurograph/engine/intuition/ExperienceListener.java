package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;

/**
 * Told about each event right after it is stored, on the writing thread, before the write returns.
 * It may update the event's reward slots through the stream; it must not wait for other threads.
 */
@FunctionalInterface
public interface ExperienceListener {
    /** @param sequence the event's 0-based sequence number (also in {@code event.sequenceNumber()}, low 32 bits) */
    void onEvent(long sequence, ExperienceEvent event);
}

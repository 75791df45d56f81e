package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.store.ConnectionEntry;
import java.util.List;

/**
 * What recording one piece of query feedback did.
 *
 * @param event       the experience event as stored (with its sequence number)
 * @param connections the connections after their confidence update
 * @param reflexes    reflexes consolidated from connections that earned it
 */
public record FeedbackResult(ExperienceEvent event, List<ConnectionEntry> connections, int reflexes) {
    public FeedbackResult {
        connections = List.copyOf(connections);
    }
}

package io.neurograph.tiro.ui.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A conversation: its title is its first question. Immutable; changes make a new one with the same id.
 *
 * @param created when it was started, ISO-8601 UTC (kept as text so the file reads without a time module)
 */
public record Conversation(String id, String title, String created, List<ChatTurn> turns) {
    public Conversation {
        turns = List.copyOf(turns);
    }

    static Conversation start(Instant now) {
        return new Conversation(UUID.randomUUID().toString(), "", now.toString(), List.of());
    }

    Conversation with(ChatTurn turn) {
        List<ChatTurn> next = new ArrayList<>(turns);
        next.add(turn);
        return new Conversation(id, title.isEmpty() ? turn.question() : title, created, next);
    }

    Conversation replace(ChatTurn old, ChatTurn turn) {
        return new Conversation(id, title, created, turns.stream().map(t -> t == old ? turn : t).toList());
    }
}

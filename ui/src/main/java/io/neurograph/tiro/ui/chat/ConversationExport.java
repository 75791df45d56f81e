package io.neurograph.tiro.ui.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.neurograph.tiro.ui.support.Messages;
import java.io.UncheckedIOException;

/** A conversation as Markdown (to read or paste) and as JSON (the same fields the data folder keeps). */
final class ConversationExport {
    private ConversationExport() {
    }

    static String markdown(Conversation c, Messages messages) {
        StringBuilder b = new StringBuilder("# ").append(c.title().isEmpty() ? messages.get("chat.untitled") : c.title())
                .append("\n\n_").append(messages.format("chat.export.started", c.created())).append("_\n");
        for (ChatTurn turn : c.turns()) {
            b.append("\n## ").append(turn.question()).append("\n\n");
            if (!turn.unknownWords().isEmpty()) {
                b.append(messages.format("chat.unknownWords", String.join(", ", turn.unknownWords()))).append("\n\n");
            }
            if (turn.hits().isEmpty()) {
                b.append(messages.get("chat.noHits")).append('\n');
            }
            for (ChatHit h : turn.hits()) {
                b.append(h.rank()).append(". **").append(h.label()).append("** — ")
                        .append(messages.format("chat.hit.score", h.score()));
                if (h.verdict() != null) {
                    b.append(h.verdict().equals("positive") ? " 👍" : " 👎");
                }
                b.append("\n   - ").append(explanation(h, messages)).append('\n');
            }
        }
        return b.toString();
    }

    /** Score in the original space, L8 distance and the contributing path, as one line. */
    static String explanation(ChatHit h, Messages messages) {
        String origin = h.vectorRank() > 0 ? messages.format("chat.explain.nearest", h.vectorRank())
                : messages.get("chat.explain.connectionsOnly");
        String line = messages.format("chat.explain.scores", h.similarity(), h.l8Distance(), origin);
        return h.path().isEmpty() ? line : line + "; " + messages.format("chat.explain.path", h.activation(), h.path());
    }

    static String json(Conversation c) {
        try {
            return ConversationStore.JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.neurograph.engine.embed;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A sentence model opened on the first text that needs it (loading takes a second or so, and a query for a known
 * word never needs it), and opened again when the wanted model changes, e.g. after the settings were saved.
 * Not thread-safe.
 *
 * @param <K> what picks the model (the engine's {@link io.neurograph.engine.ModelSettings}), compared by equals
 */
public final class LazySentenceEmbedder<K> implements Function<String, float[]>, AutoCloseable {
    private final Supplier<K> wanted;
    private final Function<K, SentenceEmbedder> open;
    private SentenceEmbedder embedder;
    private K openedFor;

    /**
     * @param wanted asked before every text
     * @param open   opens the model for what {@code wanted} gave
     */
    public LazySentenceEmbedder(Supplier<K> wanted, Function<K, SentenceEmbedder> open) {
        this.wanted = wanted;
        this.open = open;
    }

    @Override
    public float[] apply(String text) {
        K now = wanted.get();
        if (embedder == null || !Objects.equals(now, openedFor)) {
            close();
            embedder = open.apply(now);
            openedFor = now;
        }
        return embedder.embed(text);
    }

    /** Closes the model if it is open; the next text opens it again. */
    @Override
    public void close() {
        if (embedder != null) {
            embedder.close();
            embedder = null;
        }
    }
}

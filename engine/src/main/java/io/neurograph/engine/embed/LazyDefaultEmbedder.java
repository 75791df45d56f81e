package io.neurograph.engine.embed;

import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The default sentence model of a data folder, opened on the first text that needs it: loading takes a
 * second or so, and a query for a known word never needs it. Not thread-safe.
 */
public final class LazyDefaultEmbedder implements Function<String, float[]>, AutoCloseable {
    private final Path dataDir;
    private final ConversionListener listener;
    private SentenceEmbedder embedder;

    public LazyDefaultEmbedder(Path dataDir, ConversionListener listener) {
        this.dataDir = dataDir;
        this.listener = listener;
    }

    @Override
    public float[] apply(String text) {
        if (embedder == null) {
            embedder = DefaultModel.open(dataDir, RuntimeOptions.DEFAULT, listener);
        }
        return embedder.embed(text);
    }

    @Override
    public void close() {
        if (embedder != null) {
            embedder.close();
            embedder = null;
        }
    }
}

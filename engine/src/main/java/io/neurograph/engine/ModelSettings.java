package io.neurograph.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the engine runs models, set with {@link ModelRuntimes#configure}.
 *
 * @param threads       CPU threads of a model run (ONNX Runtime's intra-op threads of each runtime opened through
 *                      {@link ModelRuntimes}) and of the bootstrap's parallel work (nearest-neighbour weave, HNSW
 *                      build). With as many threads as cores, capsules share ONNX Runtime's one global pool; any
 *                      other count gives each capsule session a pool of its own that stops spinning after each run
 *                      (see {@link io.neurograph.engine.capsule.runtime.OrtThreading})
 * @param sentenceModel the sentence model that embeds text for queries and the default vocabulary: an {@code .onnx}
 *                      or {@code .cgraph} file with its {@code tokenizer.json} beside it; empty for the bundled
 *                      all-MiniLM-L6-v2. Concepts embedded by one model cannot be searched with another
 */
public record ModelSettings(int threads, Optional<Path> sentenceModel) {
    /** One thread per core and the bundled sentence model. */
    public static final ModelSettings DEFAULTS = new ModelSettings(Runtime.getRuntime().availableProcessors(),
            Optional.empty());

    public ModelSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Objects.requireNonNull(sentenceModel, "sentenceModel");
    }

    public ModelSettings withSentenceModel(Optional<Path> model) {
        return new ModelSettings(threads, model);
    }
}

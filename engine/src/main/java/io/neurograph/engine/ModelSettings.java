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
    /**
     * The most threads a model run may be given: four per core. More threads than cores only help while some of
     * them wait; beyond four per core they only cost memory and switching, so a larger number is a typing slip.
     */
    public static final int MAX_THREADS = 4 * Runtime.getRuntime().availableProcessors();

    /** One thread per core and the bundled sentence model. */
    public static final ModelSettings DEFAULTS = new ModelSettings(Runtime.getRuntime().availableProcessors(),
            Optional.empty());

    public ModelSettings {
        checkThreads(threads);
        Objects.requireNonNull(sentenceModel, "sentenceModel");
    }

    /** Whether {@code threads} is a thread count a model run accepts: from 1 to {@link #MAX_THREADS}. */
    public static boolean threadsInRange(int threads) {
        return threads >= 1 && threads <= MAX_THREADS;
    }

    /** @throws IllegalArgumentException naming the range when {@code threads} is outside it */
    public static int checkThreads(int threads) {
        if (!threadsInRange(threads)) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + " (four per core on"
                    + " this machine's " + Runtime.getRuntime().availableProcessors() + " cores), got " + threads);
        }
        return threads;
    }

    public ModelSettings withSentenceModel(Optional<Path> model) {
        return new ModelSettings(threads, model);
    }
}

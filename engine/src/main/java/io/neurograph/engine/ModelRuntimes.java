package io.neurograph.engine;

import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.capsule.runtime.RuntimeStats;
import io.neurograph.engine.embed.SentenceEmbedder;
import io.neurograph.engine.embed.SentenceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model runtimes of an engine ({@link Engine#models()}) and the {@link ModelSettings} they open with. Every
 * model run of the engine's users opens its {@link CapsuleRuntime} here (text embedding for queries, the default
 * vocabulary's embedding, fidelity checks, {@code tiro run}), so {@link #stats()} covers them all. The caller owns
 * what it opens and closes it; the loads and evictions of a closed runtime stay counted. A standalone instance
 * serves a tool that runs a model without an engine. Thread-safe; starts no threads.
 */
public final class ModelRuntimes {
    private final Path dataDir;
    private final List<CapsuleRuntime> open = new ArrayList<>();
    private long closedLoads;
    private long closedEvictions;
    private volatile ModelSettings settings = ModelSettings.DEFAULTS;

    /**
     * Totals over the runtimes.
     *
     * @param capsuleLoads     capsule loads since this register was created, closed runtimes included
     * @param capsuleEvictions capsule evictions since then, closed runtimes included
     * @param loadedBytes      accounted bytes of the capsules loaded now
     * @param mappedBytes      mapped bytes of the model files open now
     * @param loadedCapsules   capsules loaded now
     * @param openRuntimes     runtimes open now
     */
    public record Stats(long capsuleLoads, long capsuleEvictions, long loadedBytes, long mappedBytes,
            int loadedCapsules, int openRuntimes) {
    }

    /** @param dataDir where a chosen {@code .onnx} sentence model is converted; null when there is none */
    public ModelRuntimes(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Applies {@code settings} to what opens from now on: runtimes already open keep their threads and model. A
     * sentence model file is not checked here (see {@link SentenceModel#check}): a missing one is reported, naming
     * the file, when it is first needed.
     */
    public void configure(ModelSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ModelSettings settings() {
        return settings;
    }

    /** Opens a converted model with the configured threads and no memory budget. */
    public CapsuleRuntime open(Path cgraph) {
        return open(cgraph, new RuntimeOptions(settings.threads(), Long.MAX_VALUE));
    }

    /** Opens a converted model with options of its own ({@code tiro run --threads --memory-budget}). */
    public CapsuleRuntime open(Path cgraph, RuntimeOptions options) {
        CapsuleRuntime runtime = CapsuleRuntime.open(cgraph, options);
        synchronized (this) {
            forgetClosed();
            open.add(runtime);
        }
        return runtime;
    }

    /**
     * The files of a sentence model (empty: the bundled one), converting an {@code .onnx} into the data folder on
     * first use; see {@link SentenceModel#prepare}.
     */
    public SentenceModel.ModelFiles prepareSentenceModel(Optional<Path> model, ConversionListener listener) {
        return SentenceModel.prepare(model, dataDir, listener);
    }

    /** Prepares the sentence model {@code settings} name and opens it with their threads. */
    public SentenceEmbedder openSentenceEmbedder(ModelSettings settings, ConversionListener listener) {
        SentenceModel.ModelFiles files = prepareSentenceModel(settings.sentenceModel(), listener);
        RuntimeOptions options = new RuntimeOptions(settings.threads(), Long.MAX_VALUE);
        return SentenceEmbedder.open(files.model(), files.tokenizer(), cgraph -> open(cgraph, options));
    }

    /** The totals now; reads each runtime's counters without waiting for its run. */
    public synchronized Stats stats() {
        forgetClosed();
        long loads = closedLoads;
        long evictions = closedEvictions;
        long loadedBytes = 0;
        long mappedBytes = 0;
        int capsules = 0;
        for (CapsuleRuntime runtime : open) {
            RuntimeStats s = runtime.stats();
            loads += s.capsuleLoads();
            evictions += s.capsuleEvictions();
            loadedBytes += s.loadedBytes();
            mappedBytes += s.mappedBytes();
            capsules += s.loadedCapsules();
        }
        return new Stats(loads, evictions, loadedBytes, mappedBytes, capsules, open.size());
    }

    /** Moves the counts of closed runtimes into the totals; a closed runtime's counts no longer change. */
    private void forgetClosed() {
        for (Iterator<CapsuleRuntime> it = open.iterator(); it.hasNext(); ) {
            CapsuleRuntime runtime = it.next();
            if (runtime.isClosed()) {
                RuntimeStats last = runtime.stats();
                closedLoads += last.capsuleLoads();
                closedEvictions += last.capsuleEvictions();
                it.remove();
            }
        }
    }
}

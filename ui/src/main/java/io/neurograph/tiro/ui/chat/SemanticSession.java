package io.neurograph.tiro.ui.chat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.ModelRuntimes;
import io.neurograph.engine.ModelSettings;
import io.neurograph.engine.bootstrap.BootstrapException;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.PcaModel;
import io.neurograph.engine.bootstrap.RecordedBootstrap;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.embed.LazySentenceEmbedder;
import io.neurograph.engine.embed.ModelIdentity;
import io.neurograph.engine.embed.SentenceModel;
import io.neurograph.engine.query.PathStep;
import io.neurograph.engine.query.QueryAnswer;
import io.neurograph.engine.query.QueryHit;
import io.neurograph.engine.query.SemanticQuery;
import io.neurograph.engine.query.SemanticSpace;
import io.neurograph.engine.util.JobListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The semantic space of the data folder, opened once on first use (it maps the vectors, loads the index and,
 * when the default vocabulary made them, the sentence model: seconds on a large folder) and kept until
 * {@link #close}. The sentence model is the engine's ({@link ModelRuntimes#settings()}, chosen in Settings),
 * opened through its register so the Dashboard counts its capsules, and opened again after the settings change. Every method runs on an executor thread; they are serialised because a query and the space's
 * opening or closing must not overlap.
 */
final class SemanticSession implements AutoCloseable {
    private final Engine engine;
    private final Path dataDir;
    private LazySentenceEmbedder<ModelSettings> sentences;
    private SemanticSpace space;
    private SemanticQuery query;
    /** The finished bootstrap the open space was made by, to notice a newer one. */
    private Optional<RecordedBootstrap> openedFrom = Optional.empty();
    private boolean mismatchTold;
    private final AtomicReference<ModelMismatch> mismatch = new AtomicReference<>();

    SemanticSession(Engine engine) {
        this.engine = engine;
        this.dataDir = engine.config().dataDir();
    }

    /** True when a bootstrap has left vectors and a PCA to search (the files {@link SemanticSpace#open} needs). */
    boolean bootstrapped() {
        if (dataDir == null) {
            return false;
        }
        Path folder = dataDir.resolve(BootstrapJob.FOLDER);
        return Files.isRegularFile(folder.resolve(BootstrapJob.VECTORS_FILE))
                && Files.isRegularFile(folder.resolve(PcaModel.FILE_NAME));
    }

    /**
     * Opens the space unless it is open and still the folder's latest; a bootstrap finished since (in the Bootstrap
     * tab or the Terminal) replaces it, one still running does not. False if there is nothing bootstrapped.
     */
    synchronized boolean open() throws IOException, BootstrapException {
        Optional<RecordedBootstrap> recorded = dataDir == null ? Optional.empty() : BootstrapJob.recorded(dataDir);
        boolean newer = recorded.filter(RecordedBootstrap::finished).isPresent() && !recorded.equals(openedFrom);
        if (query != null && !newer) {
            return true;
        }
        close();
        if (!bootstrapped()) {
            return false;
        }
        openedFrom = recorded;
        ModelRuntimes models = engine.models();
        Optional<ModelIdentity> concepts = recorded.flatMap(RecordedBootstrap::model);
        sentences = new LazySentenceEmbedder<>(models::settings, settings -> {
            concepts.ifPresent(c -> noteModel(c, SentenceModel.identity(settings.sentenceModel())));
            return models.openSentenceEmbedder(settings, ConversionListener.NONE);
        });
        space = SemanticSpace.open(dataDir, BootstrapJob.madeByDefaultModel(dataDir) ? sentences : null,
                models.settings().threads(), JobListener.NONE);
        query = new SemanticQuery(engine, space);
        return true;
    }

    /** The concepts' model and the one that embeds questions, when they differ: told once per session. */
    record ModelMismatch(ModelIdentity concepts, ModelIdentity questions) {
    }

    private void noteModel(ModelIdentity concepts, ModelIdentity questions) {
        if (!concepts.sameModel(questions) && !mismatchTold) {
            mismatchTold = true;
            mismatch.set(new ModelMismatch(concepts, questions));
        }
    }

    /** A model mismatch noticed since the last call, at most once per session; lock-free for the FX thread. */
    Optional<ModelMismatch> takeModelMismatch() {
        return Optional.ofNullable(mismatch.getAndSet(null));
    }

    /** Asks the open space; paths are rendered with the tokens' labels here, off the FX thread. */
    synchronized ChatTurn ask(String text, int k) {
        QueryAnswer answer = query.ask(text, k);
        return new ChatTurn(text, answer.id(), answer.unknownWords(), answer.hits().stream().map(this::hit).toList());
    }

    private ChatHit hit(QueryHit h) {
        return new ChatHit(h.rank(), h.tokenId(), h.label(), h.score(), h.similarity(), h.activation(), h.l8Distance(),
                h.vectorRank(), path(h), null);
    }

    private String path(QueryHit h) {
        if (h.path().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(label(h.path().getFirst().from()));
        for (PathStep s : h.path()) {
            b.append(String.format(Locale.ROOT, " —%s %.2f→ %s", s.type(), s.confidence(), label(s.to())));
        }
        return b.toString();
    }

    private String label(long tokenId) {
        return engine.tokens().label(tokenId).orElse("#" + tokenId);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (space != null) {
                space.close();
            }
        } finally {
            if (sentences != null) {
                sentences.close();
            }
            query = null;
            space = null;
            sentences = null;
        }
    }
}

package io.neurograph.engine.bootstrap;

import io.neurograph.engine.Engine;
import io.neurograph.engine.bootstrap.read.BadLine;
import io.neurograph.engine.bootstrap.read.EmbeddingFormatException;
import io.neurograph.engine.bootstrap.read.EmbeddingRecord;
import io.neurograph.engine.store.TokenStore;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.EntityType;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.JobCancelledException;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.VectorFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The import phase of a {@link BootstrapJob}: reads records, sorts out duplicates and bad words, and
 * commits them in batches: tokens (one transaction), then vectors, then the checkpoint.
 *
 * <p>A word is a <em>duplicate</em> when an earlier record of the source already gave it a vector
 * (the first occurrence wins). A word that a token already carries as its label gets no new token:
 * the vector goes to that token, counted as created when the token is this job's own (ids from the
 * job's first id: a batch whose tokens committed but whose checkpoint did not) and as existing
 * otherwise. A word that cannot be a label (blank, or longer than {@link TokenStore#MAX_LABEL_LENGTH})
 * is a bad line.
 */
final class WordImport {
    /** Word tokens are concepts placed only in L8 Abstract; the other spaces stay undefined (unindexed). */
    static final Token WORD_TEMPLATE = wordTemplate();

    /** Saves the job's checkpoint. */
    @FunctionalInterface
    interface Checkpoint {
        void save() throws IOException;
    }

    private final Engine engine;
    private final RecordSource source;
    private final RecordSource.Reader reader;
    private final VectorFile vectors;
    private final JobState state;
    private final BootstrapOptions options;
    private final JobListener listener;
    private final Checkpoint checkpoint;
    private long readerSkippedCounted;
    private int sincePoll;
    private int readerBadLinesCounted;

    // the batch in hand
    private final List<EmbeddingRecord> records = new ArrayList<>();
    private final List<Long> knownIds = new ArrayList<>();   // the token to reuse, or 0 for a new one
    private final Set<String> batchWords = new HashSet<>();
    private long batchDuplicates;
    private long batchExisting;
    private long batchRecovered;
    private long lastPosition;
    private long lastLine;

    WordImport(Engine engine, RecordSource source, RecordSource.Reader reader, VectorFile vectors, JobState state,
            BootstrapOptions options, JobListener listener, Checkpoint checkpoint) {
        this.engine = engine;
        this.source = source;
        this.reader = reader;
        this.vectors = vectors;
        this.state = state;
        this.options = options;
        this.listener = listener;
        this.checkpoint = checkpoint;
        this.lastPosition = state.position;
        this.lastLine = state.line;
    }

    private static Token wordTemplate() {
        Token.Builder b = Token.builder().entityType(EntityType.CONCEPT);
        for (CoordinateSpace space : CoordinateSpace.values()) {
            if (space != CoordinateSpace.L8_ABSTRACT) {
                b.undefine(space);
            }
        }
        return b.build();
    }

    /** Imports to the end of the source or the limit; the caller then moves to the PCA. */
    void run() throws IOException, EmbeddingFormatException {
        boolean more = true;
        while (more) {
            boolean cancelled = false;
            try {
                while (records.size() < options.checkpointEvery() && !limitReached() && !cancelled) {
                    EmbeddingRecord record = reader.next();
                    if (record == null) {
                        more = false;
                        break;
                    }
                    take(record);
                    lastPosition = reader.position();
                    lastLine = record.line();
                    if (++sincePoll == BootstrapJob.POLL_EVERY) {
                        sincePoll = 0;
                        listener.progress(source.stage(), reader.done(), reader.total());
                        cancelled = listener.cancelled();
                    }
                }
            } catch (EmbeddingFormatException e) {
                commitBatch();   // the lines before the bad one stay imported; a re-run continues at it
                throw e;
            }
            commitBatch();
            listener.progress(source.stage(), reader.done(), reader.total());
            if (cancelled || listener.cancelled()) {
                throw new JobCancelledException(source.stage());
            }
            more &= !limitReached();
        }
    }

    private boolean limitReached() {
        return state.limit > 0 && state.rows + records.size() >= state.limit;
    }

    private void take(EmbeddingRecord record) throws EmbeddingFormatException {
        String word = record.word();
        if (word.isBlank() || word.length() > TokenStore.MAX_LABEL_LENGTH) {
            String problem = word.isBlank() ? "the word is blank" : "the word has " + word.length()
                    + " characters; a label holds at most " + TokenStore.MAX_LABEL_LENGTH;
            if (!options.skipBad()) {
                throw new EmbeddingFormatException(source.file(), record.line(), problem);
            }
            state.skipped++;
            state.addBadLines(List.of(new BadLine(record.line(), problem)));
            return;
        }
        if (!batchWords.add(word)) {
            batchDuplicates++;
            return;
        }
        Optional<Token> labelled = engine.tokens().findByLabel(word);
        long id = labelled.map(Token::id).orElse(0L);
        if (id != 0) {
            if (vectors.rowOf(id) >= 0) {
                batchDuplicates++;
                return;
            }
            if (id >= state.tokenIdFloor) {
                batchRecovered++;
            } else {
                batchExisting++;
            }
        }
        records.add(record);
        knownIds.add(id);
    }

    /** Tokens (one transaction), then vectors (forced), then the checkpoint. */
    private void commitBatch() throws IOException {
        List<Token> templates = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (knownIds.get(i) == 0) {
                templates.add(WORD_TEMPLATE);
                labels.add(records.get(i).word());
            }
        }
        long[] created = engine.tokens().createAll(templates, labels);
        int next = 0;
        for (int i = 0; i < records.size(); i++) {
            long id = knownIds.get(i) != 0 ? knownIds.get(i) : created[next++];
            vectors.append(id, records.get(i).vector());
        }
        vectors.commit();

        state.rows = vectors.count();
        state.position = lastPosition;
        state.line = lastLine;
        state.tokensCreated += created.length + batchRecovered;
        state.existingTokens += batchExisting;
        state.duplicates += batchDuplicates;
        state.skipped += reader.skipped() - readerSkippedCounted;
        readerSkippedCounted = reader.skipped();
        List<BadLine> bad = reader.badLines();
        state.addBadLines(bad.subList(readerBadLinesCounted, bad.size()));
        readerBadLinesCounted = bad.size();
        checkpoint.save();

        records.clear();
        knownIds.clear();
        batchWords.clear();
        batchDuplicates = 0;
        batchExisting = 0;
        batchRecovered = 0;
    }
}

package io.neurograph.engine;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.TokenNotFoundException;
import io.neurograph.engine.store.TokenRecords;
import io.neurograph.engine.store.TokenUpdate;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.token.TokenLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Token operations for the CLI, UI and REST layers. Every mutation: validate input → Guardian
 * (CDNA rules and quotas) → durable commit → in-memory store → grid and graph → events → metrics
 * and quarantine bookkeeping. A refused or failed write leaves no trace in memory or on disk.
 */
public final class TokenService {
    private final EngineCore core;

    TokenService(EngineCore core) {
        this.core = core;
    }

    /** Creates one token; the template's id is ignored and a zero timestamp becomes now. */
    public Token create(Token template, String label) {
        return core.write(() -> {
            Token token = core.tokens.planCreate(template, label);
            core.guardian.requireValidToken(token, "The new token");
            core.guardian.checkTokenQuota(1);
            long start = System.nanoTime();
            core.repository.insertToken(token, label);
            core.tokens.create(token, label);
            core.grid.put(token);
            core.graph.addNode(token.id());
            core.events.publish(new EngineEvent.TokenCreated(token.id(), core.now()));
            core.guardian.recordTokensCreated(1, System.nanoTime() - start);
            return token;
        });
    }

    /**
     * Creates {@code count} copies of {@code template} in batches of {@code batchSize}, each batch
     * committed before the next starts; {@code progress} receives the last id of every committed
     * batch. Other writers may run between batches. If a batch fails, the earlier ones stay.
     */
    public IdRange createMany(int count, Token template, int batchSize, LongConsumer progress) {
        if (count < 0 || batchSize < 1) {
            throw new IllegalArgumentException("count must be ≥ 0 and batchSize ≥ 1, got " + count + " and " + batchSize);
        }
        Token stamped = core.tokens.planCreate(template, null);
        byte[] templateRecord = stamped.toBytes();
        byte[] buffer = new byte[Math.min(count, batchSize) * TokenLayout.SIZE];
        short[] raw = stamped.rawCoordinates();
        long first = -1;
        for (int done = 0; done < count; ) {
            int n = Math.min(batchSize, count - done);
            long last = core.write(() -> {
                core.guardian.requireValidToken(stamped, "Each new token"); // the CDNA may have changed between batches
                core.guardian.checkTokenQuota(n);
                long start = System.nanoTime();
                long firstId = core.tokens.nextId();
                TokenRecords.fill(buffer, 0, templateRecord, firstId, stamped.timestamp(), n);
                core.repository.insertTokens(buffer, n, null);
                core.tokens.createBatch(stamped, n);
                for (long id = firstId; id < firstId + n; id++) {
                    core.grid.put(id, raw, stamped.fieldRadiusRaw(), stamped.fieldStrengthRaw());
                    core.graph.addNode(id);
                }
                core.events.publish(new EngineEvent.TokensCreated(firstId, n, core.now()));
                core.guardian.recordTokensCreated(n, System.nanoTime() - start);
                return firstId + n - 1;
            });
            if (first < 0) {
                first = last - n + 1;
            }
            done += n;
            progress.accept(last);
        }
        return new IdRange(first < 0 ? core.tokens.nextId() : first, count);
    }

    /**
     * Creates several tokens in one transaction, all or none, and returns their (consecutive) ids in
     * order. The templates' ids are ignored and a zero timestamp becomes now; {@code labels} is null
     * or has one entry (possibly null) per template, unique and not yet used. Every token passes the
     * Guardian and the token quota covers the whole batch; one {@link EngineEvent.TokensCreated}
     * announces it.
     */
    public long[] createAll(List<Token> templates, List<String> labels) {
        return core.write(() -> {
            List<Token> planned = core.tokens.planCreateAll(templates, labels);
            for (int i = 0; i < planned.size(); i++) {
                String label = labels == null ? null : labels.get(i);
                core.guardian.requireValidToken(planned.get(i), label != null ? "The new token '" + label + "'"
                        : "New token " + (i + 1) + " of " + planned.size());
            }
            int n = planned.size();
            core.guardian.checkTokenQuota(n);
            if (n == 0) {
                return new long[0];
            }
            long start = System.nanoTime();
            byte[] records = new byte[n * TokenLayout.SIZE];
            for (int i = 0; i < n; i++) {
                planned.get(i).copyTo(records, i * TokenLayout.SIZE);
            }
            core.repository.insertTokens(records, n, labels == null ? null : labels.toArray(String[]::new));
            long[] ids = core.tokens.createAll(planned, labels);
            for (Token token : planned) {
                core.grid.put(token);
                core.graph.addNode(token.id());
            }
            core.events.publish(new EngineEvent.TokensCreated(ids[0], n, core.now()));
            core.guardian.recordTokensCreated(n, System.nanoTime() - start);
            return ids;
        });
    }

    /**
     * Moves tokens in one coordinate space in one transaction, all or none: token {@code ids[i]}
     * goes to ({@code xyz[3i]}, {@code xyz[3i+1]}, {@code xyz[3i+2]}); every value must be
     * representable in the space (callers clamp). Each moved token passes the Guardian like an
     * {@link #update}; one {@link EngineEvent.TokensPlaced} announces the batch.
     */
    public void placeAll(long[] ids, CoordinateSpace space, float[] xyz) {
        core.write(() -> {
            byte[] records = core.tokens.planPlaceAll(ids, space, xyz);
            if (ids.length == 0) {
                return null;
            }
            Token[] moved = new Token[ids.length];
            for (int i = 0; i < ids.length; i++) {
                moved[i] = Token.fromBytes(records, i * TokenLayout.SIZE);
                core.guardian.requireValidToken(moved[i]);
            }
            core.repository.updateTokenRecords(records, ids.length);
            core.tokens.replaceRecords(records, ids.length);
            for (Token token : moved) {
                core.grid.put(token);
            }
            core.events.publish(new EngineEvent.TokensPlaced(space.code(), ids.length, core.now()));
            return null;
        });
    }

    public Optional<Token> get(long id) {
        return core.tokens.get(id);
    }

    /** @throws TokenNotFoundException when there is no such token */
    public Token require(long id) {
        return core.tokens.require(id);
    }

    public Optional<String> label(long id) {
        return core.tokens.label(id);
    }

    /** Partial update; the id and creation time never change. */
    public Token update(long id, TokenUpdate update) {
        return core.write(() -> {
            Token next = core.tokens.planUpdate(id, update);
            core.guardian.requireValidToken(next);
            String label = update.labelAfter(core.tokens.label(id).orElse(null));
            core.repository.updateToken(next, label);
            core.tokens.update(id, update);
            core.grid.put(next);
            core.events.publish(new EngineEvent.TokenUpdated(id, core.now()));
            return next;
        });
    }

    /** Deletes a token together with its connections (and their graph edges). */
    public Token delete(long id) {
        return core.write(() -> {
            Token token = core.tokens.require(id);
            List<ConnectionChange.Remove> removals = core.connections.planDeleteAllOf(id);
            long[] connectionIds = removals.stream().mapToLong(ConnectionChange::id).toArray();
            core.repository.deleteToken(id, connectionIds);
            core.connections.applyAll(removals);
            core.tokens.delete(id);
            core.grid.remove(id);
            core.graph.removeNode(id);
            long now = core.now();
            for (long c : connectionIds) {
                core.events.publish(new EngineEvent.ConnectionDeleted(c, now));
            }
            core.events.publish(new EngineEvent.TokenDeleted(id, now));
            if (connectionIds.length > 0) {
                core.guardian.recordConnectionsDeleted(connectionIds.length);
            }
            core.guardian.recordTokensDeleted(1);
            return token;
        });
    }

    /** Up to {@code limit} tokens in ascending id order after skipping {@code offset}. */
    public List<Token> list(int limit, long offset) {
        return core.tokens.list(limit, offset);
    }

    public long count() {
        return core.tokens.count();
    }

    /** Deletes every token and connection; returns the number of tokens deleted. Ids are not reused. */
    public long clear() {
        return core.write(() -> {
            core.repository.clearTokens();
            long tokenCount = core.tokens.clear();
            long connectionCount = core.connections.clear();
            core.grid.clear();
            core.graph.clear();
            core.events.publish(new EngineEvent.TokensCleared(tokenCount, core.now()));
            core.guardian.recordConnectionsDeleted(Math.toIntExact(connectionCount));
            core.guardian.recordTokensDeleted(Math.toIntExact(tokenCount));
            return tokenCount;
        });
    }

    public Optional<Token> findByLabel(String label) {
        return core.tokens.idOf(label).flatMap(core.tokens::get);
    }
}

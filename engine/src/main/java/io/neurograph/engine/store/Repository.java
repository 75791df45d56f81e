package io.neurograph.engine.store;

import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable copy of the engine state. Every write method has committed when it returns, so a
 * process crash afterwards loses nothing it acknowledged; a failure throws {@link StoreException}
 * and leaves the stored state as it was before the call. Implementations: SQLite (desktop); a
 * PostgreSQL one can follow behind the same interface.
 */
public interface Repository extends AutoCloseable {

    /** The file or address that holds the data, for messages and status. */
    Path location();

    void insertToken(Token token, String label);

    /**
     * Inserts {@code count} packed 64-byte records (ids taken from the records) in one transaction.
     * {@code labels} is null or holds one entry (possibly null) per record.
     */
    void insertTokens(byte[] records, int count, String[] labels);

    /**
     * Replaces the records of {@code count} existing tokens (packed 64-byte records, ids taken from
     * the records) in one transaction; labels stay.
     */
    void updateTokenRecords(byte[] records, int count);

    /** Replaces a token's record and label. */
    void updateToken(Token token, String label);

    /** Deletes a token and the given connections (its own) in one transaction. */
    void deleteToken(long tokenId, long[] connectionIds);

    /** Deletes every token and connection; next ids are kept so ids are never reused. */
    void clearTokens();

    /** Persists planned connection changes in one transaction. */
    void applyConnectionChanges(List<? extends ConnectionChange> changes);

    /**
     * Stores an answered query (its answer as JSON) under its id, then deletes all but the newest {@code keep}
     * queries so the log stays bounded.
     */
    void saveQuery(String id, long createdSeconds, String answerJson, int keep);

    /** The JSON answer stored under a query id. */
    Optional<String> loadQuery(String id);

    void saveCdnaState(PersistedCdnaState state);

    Optional<PersistedCdnaState> loadCdnaState();

    /**
     * Stores (or replaces) the 128-byte experience event with 0-based sequence number {@code seq} and,
     * in the same transaction, forgets events more than {@code retain} sequence numbers older.
     */
    void saveExperience(long seq, byte[] record, int retain);

    /** The newest {@code limit} stored experience events, in ascending sequence order. */
    List<ExperienceRecord> loadExperience(int limit);

    /** Stores (or replaces) the learned action policy of a state cell, as JSON text. */
    void savePolicy(long stateBin, String json);

    /** Every stored action policy, by state cell. */
    Map<Long, String> loadPolicies();

    /** Stores (or replaces) whether the engine part with id {@code module} is enabled. */
    void saveModuleState(String module, boolean enabled);

    /** The stored enabled states by part id; a part with no entry has never been switched. */
    Map<String, Boolean> loadModuleStates();

    /**
     * Replaces, in one transaction, the stored settings of the engine part with id {@code module} by {@code values}
     * (setting key → value); an empty map removes them all.
     */
    void saveModuleSettings(String module, Map<String, String> values);

    /** The stored settings by part id, then by setting key; a part with none has no entry. */
    Map<String, Map<String, String>> loadModuleSettings();

    /** Restores every token, label, connection and next id into empty stores. */
    void load(TokenStore tokens, ConnectionStore connections);

    @Override
    void close();
}

package io.neurograph.engine.store.sqlite;

import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.ConnectionStore;
import io.neurograph.engine.store.DataFolderInUseException;
import io.neurograph.engine.store.ExperienceRecord;
import io.neurograph.engine.store.PersistedCdnaState;
import io.neurograph.engine.store.Repository;
import io.neurograph.engine.store.StoreException;
import io.neurograph.engine.store.TokenStore;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.token.TokenLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The durable store in {@code <dataDir>/tiro.db} (xerial sqlite-jdbc).
 *
 * <p>Durability: WAL journal with {@code synchronous=NORMAL}. Every write method commits before
 * it returns; a committed transaction is in the WAL file handed to the OS, so it survives a crash
 * or kill of the process. Only a power loss or OS crash can lose the last transactions (the
 * database then rolls back to an earlier consistent state, never a torn one); {@code FULL} would
 * close that window at the cost of an fsync per commit.
 *
 * <p>One process per data folder: {@link #open} first takes an exclusive OS lock on {@code <dataDir>/tiro.lock}
 * (see {@link FolderLock}) and holds it until {@link #close}, so a second process is refused at open with a
 * {@link DataFolderInUseException}, whether or not the first has written yet. The connection also uses SQLite's
 * exclusive locking mode.
 *
 * <p>Opening never deletes, truncates or recreates an existing file: anything unexpected is a
 * {@link StoreException} that names the file. One JDBC connection, used under a lock.
 */
public final class SqliteRepository implements Repository {
    /** Name of the database file inside the data folder. */
    public static final String FILE_NAME = "tiro.db";

    private static final String NEXT_TOKEN_ID = "next_token_id";
    private static final String NEXT_CONNECTION_ID = "next_connection_id";

    private final Path file;
    private final FolderLock folderLock;
    private final Connection db;
    private final ReentrantLock lock = new ReentrantLock();
    private final PreparedStatement insertToken;
    private final PreparedStatement updateToken;
    private final PreparedStatement updateTokenRecord;
    private final PreparedStatement deleteToken;
    private final PreparedStatement insertConnection;
    private final PreparedStatement updateConnection;
    private final PreparedStatement deleteConnection;
    private final PreparedStatement raiseNextId;
    private final PreparedStatement saveExperience;
    private final PreparedStatement pruneExperience;

    private SqliteRepository(Path file, FolderLock folderLock, Connection db) throws SQLException {
        this.file = file;
        this.folderLock = folderLock;
        this.db = db;
        insertToken = db.prepareStatement("INSERT INTO tokens(id, record, label) VALUES (?, ?, ?)");
        updateToken = db.prepareStatement("UPDATE tokens SET record = ?, label = ? WHERE id = ?");
        updateTokenRecord = db.prepareStatement("UPDATE tokens SET record = ? WHERE id = ?");
        deleteToken = db.prepareStatement("DELETE FROM tokens WHERE id = ?");
        insertConnection = db.prepareStatement("INSERT INTO connections(id, record) VALUES (?, ?)");
        updateConnection = db.prepareStatement("UPDATE connections SET record = ? WHERE id = ?");
        deleteConnection = db.prepareStatement("DELETE FROM connections WHERE id = ?");
        raiseNextId = db.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)");
        saveExperience = db.prepareStatement("INSERT OR REPLACE INTO experience(seq, record) VALUES (?, ?)");
        pruneExperience = db.prepareStatement("DELETE FROM experience WHERE seq <= ?");
    }

    /**
     * Locks the data folder and opens (or creates) {@code <dataDir>/tiro.db}; the folder must exist.
     *
     * @throws DataFolderInUseException when another Tiro process (or engine of this process) has the folder open
     * @throws StoreException when the database cannot be opened
     */
    public static SqliteRepository open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isDirectory(dataDir)) {
            throw new StoreException(file, "the data folder " + dataDir + " does not exist or is not a folder");
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file, "is a folder, not a database file");
        }
        FolderLock folderLock = FolderLock.acquire(dataDir);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(1000);
        Connection db = null;
        try {
            db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            int version = SqliteSchema.check(db, file);
            try (Statement st = db.createStatement()) {
                // exclusive before the first WAL access: no shared-memory file, no second writer process
                st.execute("PRAGMA locking_mode = EXCLUSIVE");
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                    if (!rs.next() || !"wal".equalsIgnoreCase(rs.getString(1))) {
                        throw new StoreException(file, "could not switch to WAL journal mode");
                    }
                }
                st.execute("PRAGMA synchronous = NORMAL");
            }
            db.setAutoCommit(false);
            SqliteSchema.migrate(db, file, version);
            return new SqliteRepository(file, folderLock, db);
        } catch (SQLException e) {
            closeQuietly(db);
            folderLock.close();
            if (isBusy(e)) {
                // a process that does not take tiro.lock (an older Tiro, an sqlite3 shell) holds the database
                throw new DataFolderInUseException(dataDir, file.getFileName() + " is locked", e);
            }
            throw new StoreException(file, describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(db);
            folderLock.close();
            throw e;
        }
    }

    private static boolean isBusy(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("locked");
    }

    private static String describe(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return "is not a SQLite database or is corrupt; it was left untouched";
        }
        if (m.contains("SQLITE_CORRUPT")) {
            return "is corrupt; it was left untouched";
        }
        return "cannot be opened";
    }

    @Override
    public Path location() {
        return file;
    }

    // ---- tokens -------------------------------------------------------------------------------

    @Override
    public void insertToken(Token token, String label) {
        write("save token " + token.id(), () -> {
            bindToken(token.toBytes(), token.id(), label);
            insertToken.executeUpdate();
            raiseNextId(NEXT_TOKEN_ID, token.id() + 1);
        });
    }

    @Override
    public void insertTokens(byte[] records, int count, String[] labels) {
        if (labels != null && labels.length != count) {
            throw new IllegalArgumentException("Batch of " + count + " tokens needs as many labels, got "
                    + labels.length);
        }
        requirePacked(records, count);
        if (count == 0) {
            return;
        }
        long firstId = TokenLayout.id(records, 0);
        long lastId = TokenLayout.id(records, (count - 1) * TokenLayout.SIZE);
        write("save tokens " + firstId + " … " + lastId, () -> {
            for (int i = 0; i < count; i++) {
                int off = i * TokenLayout.SIZE;
                bindToken(Arrays.copyOfRange(records, off, off + TokenLayout.SIZE), TokenLayout.id(records, off),
                        labels == null ? null : labels[i]);
                insertToken.addBatch();
            }
            insertToken.executeBatch();
            raiseNextId(NEXT_TOKEN_ID, lastId + 1);
        });
    }

    @Override
    public void updateTokenRecords(byte[] records, int count) {
        requirePacked(records, count);
        if (count == 0) {
            return;
        }
        write("update " + count + " token record(s) from token " + TokenLayout.id(records, 0), () -> {
            for (int i = 0; i < count; i++) {
                int off = i * TokenLayout.SIZE;
                updateTokenRecord.setBytes(1, Arrays.copyOfRange(records, off, off + TokenLayout.SIZE));
                updateTokenRecord.setLong(2, TokenLayout.id(records, off));
                updateTokenRecord.addBatch();
            }
            int[] updated = updateTokenRecord.executeBatch();
            for (int i = 0; i < count; i++) {
                if (updated[i] != 1) {
                    throw new SQLException("token " + TokenLayout.id(records, i * TokenLayout.SIZE)
                            + " is not in the database");
                }
            }
        });
    }

    private static void requirePacked(byte[] records, int count) {
        if (count < 0 || records.length < (long) count * TokenLayout.SIZE) {
            throw new IllegalArgumentException("Batch of " + count + " tokens needs " + (long) count * TokenLayout.SIZE
                    + " bytes, got " + records.length);
        }
    }

    private void bindToken(byte[] record, long id, String label) throws SQLException {
        insertToken.setLong(1, id);
        insertToken.setBytes(2, record);
        insertToken.setString(3, label);
    }

    @Override
    public void updateToken(Token token, String label) {
        write("update token " + token.id(), () -> {
            updateToken.setBytes(1, token.toBytes());
            updateToken.setString(2, label);
            updateToken.setLong(3, token.id());
            if (updateToken.executeUpdate() != 1) {
                throw new SQLException("token " + token.id() + " is not in the database");
            }
        });
    }

    @Override
    public void deleteToken(long tokenId, long[] connectionIds) {
        write("delete token " + tokenId, () -> {
            for (long id : connectionIds) {
                deleteConnection.setLong(1, id);
                deleteConnection.addBatch();
            }
            deleteConnection.executeBatch();
            deleteToken.setLong(1, tokenId);
            deleteToken.executeUpdate();
        });
    }

    @Override
    public void clearTokens() {
        write("clear tokens and connections", () -> {
            try (Statement st = db.createStatement()) {
                st.executeUpdate("DELETE FROM connections");
                st.executeUpdate("DELETE FROM tokens");
            }
        });
    }

    // ---- connections --------------------------------------------------------------------------

    @Override
    public void applyConnectionChanges(List<? extends ConnectionChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        write("save " + changes.size() + " connection change(s) from id " + changes.getFirst().id(), () -> {
            long maxInserted = 0;
            for (ConnectionChange change : changes) {
                switch (change) {
                    case ConnectionChange.Insert i -> {
                        insertConnection.setLong(1, i.id());
                        insertConnection.setBytes(2, i.connection().toBytes());
                        insertConnection.executeUpdate();
                        maxInserted = Math.max(maxInserted, i.id());
                    }
                    case ConnectionChange.Replace r -> {
                        updateConnection.setBytes(1, r.connection().toBytes());
                        updateConnection.setLong(2, r.id());
                        if (updateConnection.executeUpdate() != 1) {
                            throw new SQLException("connection " + r.id() + " is not in the database");
                        }
                    }
                    case ConnectionChange.Remove d -> {
                        deleteConnection.setLong(1, d.id());
                        deleteConnection.executeUpdate();
                    }
                }
            }
            if (maxInserted > 0) {
                raiseNextId(NEXT_CONNECTION_ID, maxInserted + 1);
            }
        });
    }

    // ---- CDNA ---------------------------------------------------------------------------------

    @Override
    public void saveCdnaState(PersistedCdnaState state) {
        write("save the CDNA state", () -> {
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO cdna_state(id, current, history, quarantine) VALUES (1, ?, ?, ?)"
                            + " ON CONFLICT(id) DO UPDATE SET current = excluded.current,"
                            + " history = excluded.history, quarantine = excluded.quarantine")) {
                ps.setBytes(1, state.current());
                ps.setBytes(2, state.history());
                ps.setBytes(3, state.quarantine());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<PersistedCdnaState> loadCdnaState() {
        return transaction("read the CDNA state", () -> {
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current, history, quarantine FROM cdna_state WHERE id = 1")) {
                return rs.next() ? Optional.of(new PersistedCdnaState(rs.getBytes(1), rs.getBytes(2), rs.getBytes(3)))
                        : Optional.empty();
            }
        });
    }

    // ---- IntuitionEngine ------------------------------------------------------------------------

    @Override
    public void saveExperience(long seq, byte[] record, int retain) {
        if (record.length != ExperienceEvent.SIZE || retain < 1) {
            throw new IllegalArgumentException("An experience record is 128 bytes and at least 1 must be retained, got "
                    + record.length + " bytes, retain " + retain);
        }
        write("save experience event " + seq, () -> {
            saveExperience.setLong(1, seq);
            saveExperience.setBytes(2, record);
            saveExperience.executeUpdate();
            pruneExperience.setLong(1, seq - retain);
            pruneExperience.executeUpdate();
        });
    }

    @Override
    public List<ExperienceRecord> loadExperience(int limit) {
        return transaction("load the experience events", () -> {
            List<ExperienceRecord> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT seq, record FROM (SELECT seq, record FROM experience ORDER BY seq DESC LIMIT ?) ORDER BY seq")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        byte[] record = rs.getBytes(2);
                        if (record == null || record.length != ExperienceEvent.SIZE) {
                            throw new StoreException(file, "experience event " + seq + " has a "
                                    + (record == null ? 0 : record.length) + "-byte record; 128 bytes expected");
                        }
                        out.add(new ExperienceRecord(seq, record));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void savePolicy(long stateBin, String json) {
        write("save the action policy of state cell " + stateBin, () -> {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO intuition_policy(state_bin, policy) VALUES (?, ?)"
                    + " ON CONFLICT(state_bin) DO UPDATE SET policy = excluded.policy")) {
                ps.setLong(1, stateBin);
                ps.setString(2, json);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public Map<Long, String> loadPolicies() {
        return transaction("load the action policies", () -> {
            Map<Long, String> out = new TreeMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT state_bin, policy FROM intuition_policy ORDER BY state_bin")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public void saveModuleState(String module, boolean enabled) {
        write("save whether module " + module + " is enabled", () -> {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO module_state(id, enabled) VALUES (?, ?)"
                    + " ON CONFLICT(id) DO UPDATE SET enabled = excluded.enabled")) {
                ps.setString(1, module);
                ps.setInt(2, enabled ? 1 : 0);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, Boolean> loadModuleStates() {
        return transaction("load the module states", () -> {
            Map<String, Boolean> out = new TreeMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, enabled FROM module_state ORDER BY id")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2) != 0);
                }
            }
            return out;
        });
    }

    @Override
    public void saveModuleSettings(String module, Map<String, String> values) {
        write("save the settings of module " + module, () -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM module_setting WHERE module = ?");
                 PreparedStatement insert = db.prepareStatement(
                         "INSERT INTO module_setting(module, key, value) VALUES (?, ?, ?)")) {
                delete.setString(1, module);
                delete.executeUpdate();
                for (Map.Entry<String, String> e : values.entrySet()) {
                    insert.setString(1, module);
                    insert.setString(2, e.getKey());
                    insert.setString(3, e.getValue());
                    insert.executeUpdate();
                }
            }
        });
    }

    @Override
    public Map<String, Map<String, String>> loadModuleSettings() {
        return transaction("load the module settings", () -> {
            Map<String, Map<String, String>> out = new TreeMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT module, key, value FROM module_setting ORDER BY module, key")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), m -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            return out;
        });
    }

    // ---- load ---------------------------------------------------------------------------------

    @Override
    public void load(TokenStore tokens, ConnectionStore connections) {
        transaction("load tokens and connections", () -> {
            try (Statement st = db.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT id, record, label FROM tokens ORDER BY id")) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        byte[] record = requireRecord("token", id, rs.getBytes(2));
                        try {
                            tokens.restore(id, record, rs.getString(3));
                        } catch (IllegalArgumentException e) {
                            throw new StoreException(file, "token " + id + " is damaged: " + e.getMessage());
                        }
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT id, record FROM connections ORDER BY id")) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        byte[] record = requireRecord("connection", id, rs.getBytes(2));
                        try {
                            connections.restore(id, record);
                        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                            throw new StoreException(file, "connection " + id + " is damaged: " + e.getMessage());
                        }
                    }
                }
                tokens.setNextId(Math.max(tokens.nextId(), metaValue(NEXT_TOKEN_ID)));
                connections.setNextId(Math.max(connections.nextId(), metaValue(NEXT_CONNECTION_ID)));
            }
            return null;
        });
    }

    private byte[] requireRecord(String what, long id, byte[] record) {
        int length = record == null ? 0 : record.length;
        if (length != TokenLayout.SIZE) {
            throw new StoreException(file, what + " " + id + " has a " + length + "-byte record; 64 bytes expected");
        }
        return record;
    }

    private long metaValue(String key) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 1;
            }
        }
    }

    private void raiseNextId(String key, long next) throws SQLException {
        raiseNextId.setString(1, key);
        raiseNextId.setLong(2, next);
        raiseNextId.executeUpdate();
    }

    // ---- queries ------------------------------------------------------------------------------

    @Override
    public void saveQuery(String id, long createdSeconds, String answerJson, int keep) {
        write("save query " + id, () -> {
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT OR REPLACE INTO queries(id, created, answer) VALUES (?, ?, ?)");
                 PreparedStatement prune = db.prepareStatement("DELETE FROM queries WHERE rowid NOT IN"
                         + " (SELECT rowid FROM queries ORDER BY created DESC, rowid DESC LIMIT ?)")) {
                insert.setString(1, id);
                insert.setLong(2, createdSeconds);
                insert.setString(3, answerJson);
                insert.executeUpdate();
                prune.setInt(1, keep);
                prune.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String> loadQuery(String id) {
        return transaction("read query " + id, () -> {
            try (PreparedStatement ps = db.prepareStatement("SELECT answer FROM queries WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    // ---- transaction plumbing -----------------------------------------------------------------

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    private void write(String what, SqlAction action) {
        transaction(what, () -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code work} as one transaction and commits; on failure rolls back and names {@code what}. */
    private <T> T transaction(String what, SqlWork<T> work) {
        lock.lock();
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException(file, "could not " + what, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly() {
        try {
            insertToken.clearBatch();
            updateTokenRecord.clearBatch();
            deleteConnection.clearBatch();
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // already failing; the open error is reported
            }
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException(file, "could not be closed cleanly", e);
        } finally {
            folderLock.close();
            lock.unlock();
        }
    }
}

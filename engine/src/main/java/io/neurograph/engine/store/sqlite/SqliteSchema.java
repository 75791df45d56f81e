package io.neurograph.engine.store.sqlite;

import io.neurograph.engine.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The versioned schema of {@code tiro.db}. {@code PRAGMA application_id} marks the file as Tiro's;
 * {@code PRAGMA user_version} is the number of migrations applied. Migrations are append-only: a
 * released one is never edited, a change is a new entry.
 */
final class SqliteSchema {
    /** "TIRO" in ASCII. */
    static final int APPLICATION_ID = 0x5449524F;

    private static final List<List<String>> MIGRATIONS = List.of(
            // v1
            List.of(
                    "CREATE TABLE tokens(id INTEGER PRIMARY KEY, record BLOB NOT NULL, label TEXT)",
                    // partial: most tokens have no label, and bulk inserts should not maintain index rows for them
                    "CREATE UNIQUE INDEX tokens_label ON tokens(label) WHERE label IS NOT NULL",
                    "CREATE TABLE connections(id INTEGER PRIMARY KEY, record BLOB NOT NULL)",
                    "CREATE TABLE cdna_state(id INTEGER PRIMARY KEY CHECK (id = 1), current BLOB NOT NULL,"
                            + " history BLOB NOT NULL, quarantine BLOB)",
                    "CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
            // v2: the IntuitionEngine's experience window (128-byte records) and learned action policies
            List.of(
                    "CREATE TABLE experience(seq INTEGER PRIMARY KEY, record BLOB NOT NULL)",
                    "CREATE TABLE intuition_policy(state_bin INTEGER PRIMARY KEY, policy TEXT NOT NULL)"),
            // v3: answered queries, so that feedback given later (another process) finds what produced a result
            List.of("CREATE TABLE queries(id TEXT PRIMARY KEY, created INTEGER NOT NULL, answer TEXT NOT NULL)"),
            // v4: which engine parts are enabled (only parts that were ever switched have a row)
            List.of("CREATE TABLE module_state(id TEXT PRIMARY KEY, enabled INTEGER NOT NULL)"),
            // v5: settings changed while the engine ran (only values that differ from the engine's defaults)
            List.of("CREATE TABLE module_setting(module TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                    + " PRIMARY KEY (module, key))"));

    static final int LATEST_VERSION = MIGRATIONS.size();
    private static final Set<String> TABLES = Set.of("tokens", "connections", "cdna_state", "meta", "experience",
            "intuition_policy", "queries", "module_state", "module_setting");

    private SqliteSchema() {
    }

    /**
     * Checks, by reading only, that the open file is a new empty database or a Tiro database this
     * build can read, and returns its schema version (0 for a new file).
     */
    static int check(Connection db, Path file) throws SQLException {
        int applicationId = pragmaInt(db, "application_id");
        int version = pragmaInt(db, "user_version");
        List<String> tables = tableNames(db);
        boolean empty = applicationId == 0 && version == 0 && tables.isEmpty();
        if (!empty && applicationId != APPLICATION_ID) {
            throw new StoreException(file, "is a SQLite database of another application (application_id 0x"
                    + Integer.toHexString(applicationId) + ", tables " + tables + "), not a Tiro database;"
                    + " choose another data folder or move the file away");
        }
        if (version > LATEST_VERSION) {
            throw new StoreException(file, "was written by a newer Tiro (schema version " + version
                    + "; this build knows up to " + LATEST_VERSION + "): upgrade Tiro to open it");
        }
        return version;
    }

    /** Applies the migrations after {@code fromVersion}, one transaction each; then checks the tables. */
    static void migrate(Connection db, Path file, int fromVersion) throws SQLException {
        for (int v = fromVersion; v < LATEST_VERSION; v++) {
            migrateTo(db, v + 1);
        }
        List<String> missing = new ArrayList<>(TABLES);
        missing.removeAll(tableNames(db));
        if (!missing.isEmpty()) {
            throw new StoreException(file, "is a damaged Tiro database: table(s) " + missing + " are missing");
        }
    }

    private static void migrateTo(Connection db, int toVersion) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String sql : MIGRATIONS.get(toVersion - 1)) {
                st.execute(sql);
            }
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + toVersion);
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    static int pragmaInt(Connection db, String pragma) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> tableNames(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}

package io.neurograph.engine.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.store.ConnectionOptions;
import io.neurograph.engine.store.ConnectionStore;
import io.neurograph.engine.store.DataFolderInUseException;
import io.neurograph.engine.store.PersistedCdnaState;
import io.neurograph.engine.store.StoreException;
import io.neurograph.engine.store.TokenRecords;
import io.neurograph.engine.store.TokenStore;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRepositoryTest {
    private static final long NOW = 1_700_000_000L;

    @TempDir
    Path dir;

    private final TokenStore tokens = new TokenStore(() -> NOW);
    private final ConnectionStore connections = new ConnectionStore(tokens::contains, () -> NOW);

    private Path dbFile() {
        return dir.resolve(SqliteRepository.FILE_NAME);
    }

    /** Mirrors the engine's order: plan, persist, apply. */
    private void populate(SqliteRepository repo) {
        Token labelled = tokens.planCreate(Token.builder().weight(0.25f)
                .coordinates(CoordinateSpace.L8_ABSTRACT, 0.1f, 0.2f, 0.3f).build(), "apple");
        repo.insertToken(labelled, "apple");
        tokens.create(labelled, "apple");

        Token template = Token.builder().weight(0.5f).timestamp(NOW).build();
        byte[] batch = new byte[100 * 64];
        TokenRecords.fill(batch, 0, template.toBytes(), tokens.nextId(), NOW, 100);
        repo.insertTokens(batch, 100, null);
        tokens.createBatch(template, 100);

        for (long b : new long[] {2, 3, 4}) {
            ConnectionChange.Insert c = connections.planCreate(1, b, ConnectionType.CAUSE.code(), ConnectionOptions.DEFAULTS);
            repo.applyConnectionChanges(List.of(c));
            connections.apply(c);
        }
        ConnectionChange.Replace fed = connections.planFeedback(2, true);
        repo.applyConnectionChanges(List.of(fed));
        connections.apply(fed);

        long[] gone = connections.adjacent(101);
        repo.deleteToken(101, gone);
        tokens.delete(101);
        ConnectionChange.Remove removed = connections.planDelete(3);
        repo.applyConnectionChanges(List.of(removed));
        connections.apply(removed);
    }

    @Test
    void roundTripRestoresEverythingExactly() {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            populate(repo);
            repo.saveCdnaState(new PersistedCdnaState(new byte[384], new byte[] {1, 2, 3}, null));
        }
        TokenStore t2 = new TokenStore(() -> NOW + 10);
        ConnectionStore c2 = new ConnectionStore(t2::contains, () -> NOW + 10);
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            repo.load(t2, c2);
            assertThat(t2.count()).isEqualTo(100);
            assertThat(t2.list(1000, 0)).isEqualTo(tokens.list(1000, 0));
            assertThat(t2.idOf("apple")).contains(1L);
            assertThat(t2.nextId()).isEqualTo(102);
            assertThat(c2.list(10, 0)).extracting(ConnectionEntry::id).containsExactly(1L, 2L);
            assertThat(c2.list(10, 0)).isEqualTo(connections.list(10, 0));
            assertThat(c2.require(2).connection().confidence()).isEqualTo(160);
            assertThat(c2.nextId()).isEqualTo(4);
            assertThat(c2.adjacent(1)).containsExactly(1L, 2L);
            PersistedCdnaState cdna = repo.loadCdnaState().orElseThrow();
            assertThat(cdna.current()).hasSize(384);
            assertThat(cdna.history()).containsExactly(1, 2, 3);
            assertThat(cdna.quarantine()).isNull();
        }
    }

    @Test
    void nextIdsSurviveDeletingTheNewestAndClearing() {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            populate(repo);
            repo.clearTokens();
        }
        TokenStore t2 = new TokenStore(() -> NOW);
        ConnectionStore c2 = new ConnectionStore(t2::contains, () -> NOW);
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            repo.load(t2, c2);
            assertThat(repo.loadCdnaState()).isEmpty();
        }
        assertThat(t2.count()).isZero();
        assertThat(t2.nextId()).isEqualTo(102);
        assertThat(c2.nextId()).isEqualTo(4);
    }

    @Test
    void usesWalAndMarksTheFileAsTiros() throws SQLException {
        SqliteRepository.open(dir).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dbFile());
             Statement st = raw.createStatement()) {
            assertThat(query(st, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(query(st, "PRAGMA application_id")).isEqualTo(String.valueOf(SqliteSchema.APPLICATION_ID));
            assertThat(query(st, "PRAGMA user_version")).isEqualTo(String.valueOf(SqliteSchema.LATEST_VERSION));
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefused() {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            populate(repo);
            assertThatThrownBy(() -> SqliteRepository.open(dir)).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageStartingWith(dir + " is in use by another Tiro process (");
        }
    }

    @Test
    void aSecondOpenIsRefusedBeforeTheFirstHasWrittenAndAllowedAfterClose() {
        SqliteRepository first = SqliteRepository.open(dir);
        assertThat(first.loadCdnaState()).isEmpty();
        assertThatThrownBy(() -> SqliteRepository.open(dir)).isInstanceOf(DataFolderInUseException.class);
        first.close();
        first.close();
        try (SqliteRepository second = SqliteRepository.open(dir)) {
            populate(second);
        }
    }

    @Test
    void aDatabaseLockedByAProcessWithoutTheLockFileIsReportedAsInUse() throws SQLException {
        SqliteRepository.open(dir).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dbFile());
             Statement st = raw.createStatement()) {
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            raw.setAutoCommit(false);
            st.execute("INSERT INTO meta(key, value) VALUES ('x', 1)");
            assertThatThrownBy(() -> SqliteRepository.open(dir)).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("tiro.db is locked");
        }
        // the refused open released tiro.lock
        SqliteRepository.open(dir).close();
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftAlone() throws IOException {
        byte[] junk = "This is my diary, not a database. ".repeat(200).getBytes();
        Files.write(dbFile(), junk);
        assertThatThrownBy(() -> SqliteRepository.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(dbFile().toString()).hasMessageContaining("not a SQLite database");
        assertThat(Files.readAllBytes(dbFile())).isEqualTo(junk);
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefused() throws Exception {
        exec("CREATE TABLE songs(title TEXT)", "INSERT INTO songs VALUES ('x')");
        byte[] before = Files.readAllBytes(dbFile());
        assertThatThrownBy(() -> SqliteRepository.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("tiro.db").hasMessageContaining("another application").hasMessageContaining("songs");
        assertThat(Files.readAllBytes(dbFile())).isEqualTo(before);
    }

    @Test
    void aNewerSchemaVersionIsRefused() throws Exception {
        SqliteRepository.open(dir).close();
        exec("PRAGMA user_version = 99");
        assertThatThrownBy(() -> SqliteRepository.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("tiro.db").hasMessageContaining("schema version 99");
    }

    @Test
    void aTruncatedRecordIsReportedWithItsId() throws Exception {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            populate(repo);
        }
        exec("UPDATE tokens SET record = x'0102' WHERE id = 7");
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            TokenStore t2 = new TokenStore(() -> NOW);
            assertThatThrownBy(() -> repo.load(t2, new ConnectionStore(t2::contains, () -> NOW)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("tiro.db")
                    .hasMessageContaining("token 7 has a 2-byte record");
        }
    }

    @Test
    void aConnectionToAMissingTokenIsReported() throws Exception {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            populate(repo);
        }
        exec("DELETE FROM tokens WHERE id = 2");
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            TokenStore t2 = new TokenStore(() -> NOW);
            assertThatThrownBy(() -> repo.load(t2, new ConnectionStore(t2::contains, () -> NOW)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("connection 1 is damaged")
                    .hasMessageContaining("Token 2");
        }
    }

    @Test
    void aMissingDataFolderOrAFolderInPlaceOfTheFileIsReported() throws IOException {
        assertThatThrownBy(() -> SqliteRepository.open(dir.resolve("nope"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("does not exist");
        Files.createDirectory(dbFile());
        assertThatThrownBy(() -> SqliteRepository.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void aFailedWriteRollsBackAndNamesTheRecord() {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            Token t = Token.builder().id(1).timestamp(NOW).build();
            repo.insertToken(t, "x");
            assertThatThrownBy(() -> repo.insertToken(t.toBuilder().id(2).build(), "x"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("save token 2");
            repo.insertToken(t.toBuilder().id(3).build(), "y");
            TokenStore t2 = new TokenStore(() -> NOW);
            repo.load(t2, new ConnectionStore(t2::contains, () -> NOW));
            assertThat(t2.list(10, 0)).extracting(Token::id).containsExactly(1L, 3L);
        }
    }

    @Test
    void updatingRecordsOfAMissingTokenRollsBackTheWholeBatch() {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            Token t = Token.builder().id(1).timestamp(NOW).build();
            repo.insertToken(t, "kept");
            byte[] batch = new byte[128];
            t.toBuilder().coordinates(CoordinateSpace.L8_ABSTRACT, 1, 1, 1).build().copyTo(batch, 0);
            t.toBuilder().id(7).build().copyTo(batch, 64);
            assertThatThrownBy(() -> repo.updateTokenRecords(batch, 2)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("update 2 token record(s)");
            TokenStore t2 = new TokenStore(() -> NOW);
            repo.load(t2, new ConnectionStore(t2::contains, () -> NOW));
            assertThat(t2.require(1)).isEqualTo(t);
            assertThat(t2.label(1)).contains("kept");
        }
    }

    private void exec(String... sql) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dbFile());
             Statement st = raw.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private static String query(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void keepsOnlyTheNewestQueriesAcrossReopen() {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            repo.saveQuery("qa", 100, "{\"n\":1}", 2);
            repo.saveQuery("qb", 101, "{\"n\":2}", 2);
            repo.saveQuery("qc", 102, "{\"n\":3}", 2);
        }
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            assertThat(repo.loadQuery("qa")).isEmpty();
            assertThat(repo.loadQuery("qb")).contains("{\"n\":2}");
            assertThat(repo.loadQuery("qc")).contains("{\"n\":3}");
        }
    }
}

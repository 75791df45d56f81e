package io.neurograph.engine.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.store.ExperienceRecord;
import io.neurograph.engine.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experience and policy tables of schema v2. */
class ExperiencePersistenceTest {
    @TempDir
    Path dir;

    private static byte[] record(long episode) {
        return new ExperienceEvent(0, episode, 0, episode, 0, 0x0201, 0, new float[8], new float[8], 0, 0, 0, 1f, 0, 0)
                .toBytes();
    }

    @Test
    void keepsTheNewestRetainedEventsAndLoadsThemOldestFirst() {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            for (long seq = 0; seq < 8; seq++) {
                repo.saveExperience(seq, record(seq), 5);
            }
            repo.saveExperience(7, record(70), 5); // replaces
        }
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            List<ExperienceRecord> all = repo.loadExperience(100);
            assertThat(all).extracting(ExperienceRecord::sequence).containsExactly(3L, 4L, 5L, 6L, 7L);
            assertThat(ExperienceEvent.fromBytes(all.getLast().record()).episodeId()).isEqualTo(70);
            assertThat(repo.loadExperience(2)).extracting(ExperienceRecord::sequence).containsExactly(6L, 7L);
            assertThatThrownBy(() -> repo.saveExperience(8, new byte[64], 5)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("128");
        }
    }

    @Test
    void policiesAreStoredByStateCell() {
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            repo.savePolicy(42, "{\"a\":1}");
            repo.savePolicy(7, "{\"b\":2}");
            repo.savePolicy(42, "{\"a\":3}");
        }
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            assertThat(repo.loadPolicies()).isEqualTo(Map.of(7L, "{\"b\":2}", 42L, "{\"a\":3}"));
        }
    }

    /** Creates the database, then runs raw SQL on it behind the repository's back. */
    private void tamper(String... statements) throws SQLException {
        SqliteRepository.open(dir).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteRepository.FILE_NAME));
             Statement st = raw.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    @Test
    void aTruncatedRecordIsReportedWithItsSequenceNumber() throws SQLException {
        tamper("INSERT INTO experience(seq, record) VALUES (12, x'0102')");
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            assertThatThrownBy(() -> repo.loadExperience(10)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("experience event 12").hasMessageContaining("2-byte");
        }
    }

    @Test
    void aVersionOneDatabaseGainsTheTables() throws SQLException {
        tamper("DROP TABLE experience", "DROP TABLE intuition_policy", "DROP TABLE queries", "DROP TABLE module_state",
                "DROP TABLE module_setting", "PRAGMA user_version = 1");
        try (SqliteRepository repo = SqliteRepository.open(dir)) {
            repo.saveExperience(0, record(1), 10);
            assertThat(repo.loadExperience(10)).hasSize(1);
            assertThat(repo.loadPolicies()).isEmpty();
            assertThat(repo.loadModuleStates()).isEmpty();
            repo.saveModuleState("intuition_engine", false);
            repo.saveModuleState("intuition_engine", true);
            repo.saveModuleState("signal_system", false);
            assertThat(repo.loadModuleStates()).isEqualTo(Map.of("intuition_engine", true, "signal_system", false));
            repo.saveModuleSettings("guardian", Map.of("max_tokens", "5", "memory_threshold", "0.9"));
            repo.saveModuleSettings("guardian", Map.of("max_tokens", "6"));
            assertThat(repo.loadModuleSettings()).isEqualTo(Map.of("guardian", Map.of("max_tokens", "6")));
        }
    }
}
